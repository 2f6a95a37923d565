using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.ChannelState;

internal sealed class ChannelStateEntryConfiguration : IEntityTypeConfiguration<ChannelStateEntry>
{
    public void Configure(EntityTypeBuilder<ChannelStateEntry> builder)
    {
        builder.ToTable("channel_state");
        builder.HasKey(e => new { e.Platform, e.Key });
        builder.Property(e => e.Key).HasMaxLength(300);
    }
}
