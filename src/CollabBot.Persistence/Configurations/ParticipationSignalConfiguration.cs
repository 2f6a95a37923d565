using CollabBot.Domain.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Configurations;

internal sealed class ParticipationSignalConfiguration : IEntityTypeConfiguration<ParticipationSignal>
{
    public void Configure(EntityTypeBuilder<ParticipationSignal> builder)
    {
        builder.ToTable("participation_signals");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        // Scans read one collaboration's recent window; per-member trends read one member's.
        builder.HasIndex(s => new { s.CollaborationId, s.At });
        builder.HasIndex(s => new { s.MemberId, s.At });
    }
}
