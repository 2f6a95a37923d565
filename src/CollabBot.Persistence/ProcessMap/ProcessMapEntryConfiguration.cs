using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ProcessMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.ProcessMap;

internal sealed class ProcessMapEntryConfiguration : IEntityTypeConfiguration<ProcessMapEntry>
{
    public void Configure(EntityTypeBuilder<ProcessMapEntry> builder)
    {
        builder.ToTable("process_map");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.CollaborationId, e.MemberId, e.Phase }).IsUnique();
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(e => e.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        // A member's part goes with the member (left or forgotten).
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
