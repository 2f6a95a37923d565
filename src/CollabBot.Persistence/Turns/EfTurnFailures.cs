using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Turns;

/// <summary>The inbox's failure path: counting attempts, parking, and the parked turns operators see.</summary>
internal sealed class EfTurnFailures(CollabDbContextFactory contexts, TimeProvider clock, IOutboxCommits delivery)
{
    public async Task<bool> FailAsync(
        long id, IReadOnlyList<long> laterIds, string reason, int maxAttempts, TimeSpan retryDelay, OutboxEntry? notice, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var now = clock.GetUtcNow();
        OutboxRow? noticeRow = null;
        using var passage = await contexts.Writes.EnterAsync(cancellationToken);
        var parked = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                noticeRow = null;
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var row = await db.Inbox.SingleOrDefaultAsync(t => t.Id == id && t.CompletedAt == null, ct);
                if (row is null)
                {
                    return false;
                }

                row.Attempts++;
                row.LastError = reason;
                var retryAt = now + retryDelay * Math.Pow(4, row.Attempts - 1);
                var parked = row.Attempts >= maxAttempts;
                if (parked)
                {
                    (row.CompletedAt, row.ParkedAt, row.LeaseUntil, row.LeaseOwner) = (now, now, null, null);
                    if (notice is not null && !await db.Outbox.AnyAsync(o => o.IdempotencyKey == notice.IdempotencyKey, ct))
                    {
                        noticeRow = NewOutboxRow.For(notice, now);
                        db.Outbox.Add(noticeRow);
                    }
                }
                else
                {
                    row.LeaseUntil = retryAt;
                }

                await db.SaveChangesAsync(ct);
                // The conversation's later turns were claimed with this one: they run after it again, in order.
                await db.Inbox.Where(t => laterIds.Contains(t.Id) && t.CompletedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntil, parked ? (DateTimeOffset?)null : retryAt), ct);
                await transaction.CommitAsync(ct);
                return parked;
            },
            cancellationToken);
        if (noticeRow is not null && notice is not null)
        {
            delivery.Committed([new CommittedMessage(noticeRow.Id, notice)]);
        }

        return parked;
    }

    public async Task<IReadOnlyList<ParkedTurn>> ListParkedAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await db.Inbox.AsNoTracking().Where(t => t.ParkedAt != null).OrderByDescending(t => t.Id).Take(max).ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var turn = JsonSerializer.Deserialize<InboundTurn>(r.TurnJson, CollabJson.Options)!;
            return new ParkedTurn(r.Id, turn.Where.Platform, turn.Where.WorkspaceId, turn.Where.ConversationId, turn.Who.UserId, r.Attempts, r.LastError, r.AcceptedAt, r.ParkedAt);
        }).ToList();
    }
}
