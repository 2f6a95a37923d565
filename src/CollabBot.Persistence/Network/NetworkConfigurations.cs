using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Network;

internal sealed class OutreachReportConfiguration : IEntityTypeConfiguration<OutreachReport>
{
    public void Configure(EntityTypeBuilder<OutreachReport> builder)
    {
        builder.ToTable("outreach_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(OutreachReport.MaxTextLength);
        builder.HasIndex(r => new { r.CollaborationId, r.At });
        builder.HasIndex(r => r.MemberId);
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(r => r.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.ToTable("network_stage_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Evidence).HasMaxLength(StageChange.MaxEvidenceLength);
        builder.HasIndex(c => new { c.CollaborationId, c.At });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(c => c.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
