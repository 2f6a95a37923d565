using CollabBot.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Outbox;

internal sealed class OutboxRowConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.IdempotencyKey).HasMaxLength(300);
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();
        builder.Property(o => o.WorkspaceId).HasMaxLength(200);
        builder.Property(o => o.ConversationId).HasMaxLength(PlatformIds.MaxConversationId);
        builder.Property(o => o.RecipientUserId).HasMaxLength(PlatformIds.MaxUserId);
        builder.Property(o => o.PlatformMessageId).HasMaxLength(200);
        builder.Property(o => o.LastError).HasMaxLength(1000);
        builder.HasIndex(o => new { o.Platform, o.Status, o.NextAttemptAt });
        builder.HasIndex(o => new { o.RecipientUserId, o.NextAttemptAt });
        builder.HasIndex(o => new { o.Platform, o.DeliveredSeq });
    }
}
