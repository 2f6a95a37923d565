using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Decisions;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Text).HasMaxLength(Decision.MaxTextLength);
        builder.Property(d => d.Background).HasMaxLength(Decision.MaxBackgroundLength);
        builder.HasIndex(d => new { d.CollaborationId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.ClosedAt, d.ClosesAt });
        builder.HasIndex(d => new { d.ClosedAt, d.RemindedAt, d.RemindAt });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(d => d.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.IsOpen);
        builder.Ignore(d => d.IsSubstantive);
        builder.HasMany(d => d.Positions).WithOne().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Positions).HasField("_positions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
