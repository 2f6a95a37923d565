using CollabBot.Domain;
using CollabBot.Domain.Digests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Digests;

internal sealed class DigestSubscriptionConfiguration : IEntityTypeConfiguration<DigestSubscription>
{
    public void Configure(EntityTypeBuilder<DigestSubscription> builder)
    {
        builder.ToTable("digest_subscriptions");
        builder.HasKey(s => s.CollaborationId);
        builder.Property(s => s.TargetConversationId).HasMaxLength(PlatformIds.MaxConversationId);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.RecipientUserId).HasMaxLength(PlatformIds.MaxUserId);
        builder.HasIndex(s => new { s.Cron, s.TimeZoneId });
        builder.Ignore(s => s.TargetKey);
    }
}

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> builder)
    {
        builder.ToTable("images");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Chart).HasMaxLength(4000);
    }
}
