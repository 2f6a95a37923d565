using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Actions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(ActionItem.MaxTextLength);
        builder.HasIndex(a => new { a.CollaborationId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.DoneAt, a.RemindedAt, a.DueOn });
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(a => a.CollaborationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.IsOpen);
    }
}
