using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Participation;

internal sealed class ParticipationDayConfiguration : IEntityTypeConfiguration<ParticipationDay>
{
    public const string Table = "participation_days";

    public void Configure(EntityTypeBuilder<ParticipationDay> builder)
    {
        builder.ToTable(Table);
        // Scans read every collaboration's recent days at once; one collaboration's days come by the second index.
        builder.HasKey(d => new { d.Day, d.MemberId });
        builder.HasIndex(d => new { d.CollaborationId, d.Day });
    }
}
