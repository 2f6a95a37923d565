using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Outbox;

/// <summary>
/// The answers a unit of work read ahead for <see cref="IUnitOfWork.LookAheadAsync"/>: which keys are stored, and the
/// stored unsolicited messages of some recipients in a window. A question it cannot answer goes to the database.
/// </summary>
internal sealed class OutboxReadAhead
{
    private const int KeysPerQuery = 1000;

    private readonly HashSet<string> _checkedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _storedKeys = new(StringComparer.Ordinal);
    private readonly List<UnsolicitedWindow> _windows = [];

    public async Task ReadAsync(CollabDbContext db, OutboxLookahead lookahead, CancellationToken cancellationToken)
    {
        foreach (var keys in lookahead.Keys.Where(k => !_checkedKeys.Contains(k)).Distinct().Chunk(KeysPerQuery))
        {
            _storedKeys.UnionWith(await db.Outbox.Where(r => keys.Contains(r.IdempotencyKey)).Select(r => r.IdempotencyKey).ToListAsync(cancellationToken));
            _checkedKeys.UnionWith(keys);
        }

        if (lookahead.RecipientUserIds.Count == 0)
        {
            return;
        }

        var (workspace, from, to) = (lookahead.WorkspaceId, lookahead.From, lookahead.To);
        var recipients = lookahead.RecipientUserIds.ToHashSet(StringComparer.Ordinal);
        var due = await db.Outbox
            .Where(r => r.Unsolicited && r.Status != OutboxStatus.Cancelled && r.WorkspaceId == workspace && recipients.Contains(r.RecipientUserId!) && r.NextAttemptAt >= from && r.NextAttemptAt < to)
            .Select(r => new { r.RecipientUserId, r.NextAttemptAt })
            .ToListAsync(cancellationToken);
        _windows.Add(new UnsolicitedWindow(workspace, recipients, from, to, due.ToLookup(d => d.RecipientUserId!, d => d.NextAttemptAt, StringComparer.Ordinal)));
    }

    /// <summary>Null when the key was not read ahead.</summary>
    public bool? IsStored(string key) => _checkedKeys.Contains(key) ? _storedKeys.Contains(key) : null;

    /// <summary>Null when no window read ahead covers this person and range.</summary>
    public int? CountUnsolicited(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to) =>
        _windows.FirstOrDefault(w => w.WorkspaceId == workspaceId && w.Recipients.Contains(recipientUserId) && w.From <= from && to <= w.To) is { } window
            ? window.Due[recipientUserId].Count(at => at >= from && at < to)
            : null;

    /// <summary>Null when no window read ahead covers this person and range.</summary>
    public IReadOnlyList<DateTimeOffset>? UnsolicitedDue(string workspaceId, string recipientUserId, DateTimeOffset from, DateTimeOffset to) =>
        _windows.FirstOrDefault(w => w.WorkspaceId == workspaceId && w.Recipients.Contains(recipientUserId) && w.From <= from && to <= w.To) is { } window
            ? window.Due[recipientUserId].Where(at => at >= from && at < to).ToList()
            : null;

    private sealed record UnsolicitedWindow(string WorkspaceId, HashSet<string> Recipients, DateTimeOffset From, DateTimeOffset To, ILookup<string, DateTimeOffset> Due);
}
