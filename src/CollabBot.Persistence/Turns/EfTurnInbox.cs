using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Turns;

internal sealed class EfTurnInbox(CollabDbContextFactory contexts, TimeProvider clock) : ITurnInbox
{
    public async Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        db.Inbox.Add(new InboxTurn
        {
            DedupKey = turn.DedupKey,
            TurnJson = JsonSerializer.Serialize(turn, CollabJson.Options),
            AcceptedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false;
        }
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
        await db.Inbox
            .Where(t => candidates.Contains(t.Id) && t.CompletedAt == null && (t.LeaseUntil == null || t.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, now + lease).SetProperty(t => t.LeaseOwner, owner), cancellationToken);
        var claimed = await db.Inbox.AsNoTracking().Where(t => t.LeaseOwner == owner).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return claimed
            .Select(t => (t.Id, JsonSerializer.Deserialize<InboundTurn>(t.TurnJson, CollabJson.Options)!))
            .ToList();
    }

    public async Task CompleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        await db.Inbox.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedAt, now), cancellationToken);
    }
}
