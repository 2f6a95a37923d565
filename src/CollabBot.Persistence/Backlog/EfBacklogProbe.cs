using CollabBot.Conversations.Backlog;
using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Backlog;

/// <summary>Two aggregate reads on indexed columns (the inbox's CompletedAt; the outbox's platform, status and due time).</summary>
internal sealed class EfBacklogProbe(CollabDbContextFactory contexts) : IBacklogProbe
{
    public async Task<BacklogReading> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var turns = await db.Inbox
            .Where(t => t.CompletedAt == null && t.Attempts == 0)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(t => t.AcceptedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        var messages = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(o => o.NextAttemptAt) })
            .FirstOrDefaultAsync(cancellationToken);
        return new BacklogReading(
            turns?.Count ?? 0, turns is null ? TimeSpan.Zero : Age(now, turns.Oldest),
            messages?.Count ?? 0, messages is null ? TimeSpan.Zero : Age(now, messages.Oldest));
    }

    private static TimeSpan Age(DateTimeOffset now, DateTimeOffset since) => since < now ? now - since : TimeSpan.Zero;
}
