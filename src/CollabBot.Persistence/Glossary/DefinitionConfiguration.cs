using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Glossary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Glossary;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<Definition>
{
    public void Configure(EntityTypeBuilder<Definition> builder)
    {
        builder.ToTable("glossary_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Term).HasMaxLength(Definition.MaxTermLength);
        builder.Property(d => d.Key).HasMaxLength(Definition.MaxTermLength);
        builder.Property(d => d.Text).HasMaxLength(Definition.MaxTextLength);
        builder.HasIndex(d => new { d.CollaborationId, d.Number }).IsUnique();
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(d => d.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<List<Guid>>("_agreedBy").HasColumnName("agreed_by")
            .HasConversion(JsonColumn.Converter<Guid>(), JsonColumn.Comparer<Guid>());
        builder.Ignore(d => d.AgreedBy);
        builder.Ignore(d => d.IsAccepted);
        builder.Ignore(d => d.IsOpen);
    }
}
