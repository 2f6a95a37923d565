using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Ideas;

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.ToTable("ideas");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Text).HasMaxLength(Idea.MaxTextLength);
        builder.HasIndex(i => new { i.CollaborationId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.CollaborationId, i.PostedAt });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(i => i.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property<List<Guid>>("_supportedBy").HasColumnName("supported_by")
            .HasConversion(JsonColumn.Converter<Guid>(), JsonColumn.Comparer<Guid>());
        builder.Property<List<string>>("_tags").HasColumnName("tags")
            .HasConversion(JsonColumn.Converter<string>(), JsonColumn.Comparer<string>());
        builder.Ignore(i => i.SupportedBy);
        builder.Ignore(i => i.Tags);
        builder.Ignore(i => i.Support);
        builder.Ignore(i => i.Origin);
    }
}
