using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Turns;

/// <summary>The inbox in the database; accepts go through one group-committing writer.</summary>
internal sealed partial class EfTurnInbox(
    CollabDbContextFactory contexts, InboxWriter writer, TimeProvider clock, CollabMetrics metrics, IOutboxCommits delivery, ILogger<EfTurnInbox> logger) : ITurnInbox
{
    private readonly EfTurnFailures _failures = new(contexts, clock, delivery);

    public Task<bool> FailAsync(
        long id, IReadOnlyList<long> laterIds, string reason, int maxAttempts, TimeSpan retryDelay, Conversations.Messages.OutboxEntry? notice, CancellationToken cancellationToken) =>
        _failures.FailAsync(id, laterIds, reason, maxAttempts, retryDelay, notice, cancellationToken);

    public Task<IReadOnlyList<ParkedTurn>> ListParkedAsync(int max, CancellationToken cancellationToken) => _failures.ListParkedAsync(max, cancellationToken);

    public async Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        var accepted = await writer.AcceptAsync(
            new InboxTurn
            {
                DedupKey = turn.DedupKey,
                TurnJson = JsonSerializer.Serialize(turn, CollabJson.Options),
                AcceptedAt = clock.GetUtcNow(),
            },
            cancellationToken);
        metrics.Accepted(turn.Where.Platform, repeat: !accepted);
        return accepted;
    }

    public async Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        var candidates = await db.Inbox
            .Where(t => t.CompletedAt == null && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.Id).Select(t => t.Id).Take(max).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var owner = Guid.NewGuid();
        using (await contexts.Writes.EnterAsync(cancellationToken))
        {
            await db.Inbox
                .Where(t => candidates.Contains(t.Id) && t.CompletedAt == null && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, now + lease).SetProperty(t => t.LeaseOwner, owner), cancellationToken);
        }

        // By id as well as owner: the owner has no index, and a scan for it read the whole inbox (every turn the
        // retention keeps, with its JSON) once per claim, which on SQLite made most of the Teams drain's page reads.
        var claimed = await db.Inbox.AsNoTracking().Where(t => candidates.Contains(t.Id) && t.LeaseOwner == owner).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        claimed = await LeaveOutHandledAsync(db, claimed, cancellationToken);
        return claimed
            .Select(t => (t.Id, JsonSerializer.Deserialize<InboundTurn>(t.TurnJson, CollabJson.Options)!))
            .ToList();
    }

    /// <summary>
    /// One query for the batch instead of one per turn: turns handled already (by a host that stopped before it
    /// completed them) are completed now and left out; the engine need not ask about the others again.
    /// </summary>
    private async Task<List<InboxTurn>> LeaveOutHandledAsync(CollabDbContext db, List<InboxTurn> claimed, CancellationToken cancellationToken)
    {
        var keys = claimed.Select(t => t.DedupKey).ToList();
        var handled = await db.HandledTurns.Where(h => keys.Contains(h.DedupKey)).Select(h => h.DedupKey).ToListAsync(cancellationToken);
        if (handled.Count == 0)
        {
            return claimed;
        }

        var known = handled.ToHashSet(StringComparer.Ordinal);
        await CompleteAsync([.. claimed.Where(t => known.Contains(t.DedupKey)).Select(t => t.Id)], cancellationToken);
        LogHandledBefore(known.Count);
        return [.. claimed.Where(t => !known.Contains(t.DedupKey))];
    }

    [LoggerMessage(LogLevel.Information, "{Count} claimed turns were handled before (their host stopped before completing them); completed without running them again")]
    private partial void LogHandledBefore(int count);

    public async Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        await db.Inbox.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedAt, now), cancellationToken);
    }
}
