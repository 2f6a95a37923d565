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
        // The daily totals are refreshed from the latest days; a member's history and last contribution read by member.
        builder.HasIndex(s => s.Day);
        builder.HasIndex(s => new { s.MemberId, s.At });
    }
}
