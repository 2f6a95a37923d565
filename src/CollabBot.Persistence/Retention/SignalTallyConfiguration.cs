using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Retention;

internal sealed class SignalTallyConfiguration : IEntityTypeConfiguration<SignalTally>
{
    public void Configure(EntityTypeBuilder<SignalTally> builder)
    {
        builder.ToTable("signal_tallies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        builder.HasIndex(t => new { t.CollaborationId, t.Kind, t.Month }).IsUnique();
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(t => t.CollaborationId).OnDelete(DeleteBehavior.Cascade);
    }
}
