using CollabBot.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Decisions;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("decision_positions");
        builder.HasKey(p => p.Id);
        // Ids are made by the domain; a position added to a loaded decision must be inserted, not updated.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Reason).HasMaxLength(Position.MaxReasonLength);
        builder.HasIndex(p => new { p.DecisionId, p.MemberId }).IsUnique();
        builder.HasIndex(p => p.MemberId);
        builder.Ignore(p => p.IsOpenReservation);
    }
}
