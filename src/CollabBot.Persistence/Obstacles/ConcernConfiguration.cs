using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Obstacles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Obstacles;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("concerns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Text).HasMaxLength(Concern.MaxTextLength);
        builder.HasIndex(c => new { c.CollaborationId, c.Kind, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.Kind, c.DoneAt, c.SentToSponsorAt, c.RaisedAt });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(c => c.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsOpen);
    }
}
