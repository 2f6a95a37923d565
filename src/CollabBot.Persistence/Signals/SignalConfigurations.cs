using CollabBot.Domain.Noise;
using CollabBot.Domain.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Signals;

internal sealed class SignalRecordConfiguration : IEntityTypeConfiguration<SignalRecord>
{
    public void Configure(EntityTypeBuilder<SignalRecord> builder)
    {
        builder.ToTable("signal_records");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CollaborationId, r.At });
        builder.HasIndex(r => r.MemberId);
    }
}

internal sealed class BotPostConfiguration : IEntityTypeConfiguration<BotPost>
{
    public void Configure(EntityTypeBuilder<BotPost> builder)
    {
        builder.ToTable("bot_posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Kind).HasMaxLength(100);
        builder.HasIndex(p => new { p.CollaborationId, p.At });
    }
}
