using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CollabBot.Persistence.Turns;

internal sealed class HandledTurnConfiguration : IEntityTypeConfiguration<HandledTurn>
{
    public void Configure(EntityTypeBuilder<HandledTurn> builder)
    {
        builder.ToTable("handled_turns");
        builder.HasKey(t => t.DedupKey);
        builder.Property(t => t.DedupKey).HasMaxLength(300);
        builder.HasIndex(t => t.HandledAt);
    }
}

internal sealed class InboxTurnConfiguration : IEntityTypeConfiguration<InboxTurn>
{
    public void Configure(EntityTypeBuilder<InboxTurn> builder)
    {
        builder.ToTable("inbox");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.DedupKey).HasMaxLength(300);
        // The accepts insert without it (raw SQL); EF sends its value as it is.
        builder.Property(t => t.Attempts).HasDefaultValue(0).HasSentinel(int.MinValue);
        builder.HasIndex(t => t.DedupKey).IsUnique();
        builder.HasIndex(t => t.CompletedAt);
        builder.Property(t => t.LastError).HasMaxLength(1000);
        builder.HasIndex(t => t.ParkedAt);
    }
}
