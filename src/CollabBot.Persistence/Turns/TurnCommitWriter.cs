using System.Data.Common;
using CollabBot.Conversations.Storage;
using CollabBot.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Turns;

/// <summary>
/// Group commit for the turns whose only writes are their record of being handled and their replies (help, status and
/// the like; see <see cref="EfUnitOfWork"/>): many turns' rows in one transaction, a statement for each kind, instead
/// of one EF save and one pass through the write gate each. A turn claimed from the inbox is recorded by completing its
/// inbox row, any other turn by a handled-turn row. Each turn stays all or nothing: a turn whose record is already
/// stored (another host or delivery handled it meanwhile) writes no reply and gets a <see cref="DuplicateWriteException"/>.
/// A reply whose key is already stored is not written again, as a retried turn would skip it.
/// </summary>
internal sealed class TurnCommitWriter(CollabDbContextFactory contexts, ILogger<TurnCommitWriter> logger)
    : GroupCommitWriter<TurnCommitWriter.PendingCommit>(contexts, logger, urgent: false, maxBatch: MaxTurns)
{
    /// <summary>About 2,000 parameters a statement at a few replies a turn.</summary>
    private const int MaxTurns = 100;

    /// <summary>Statements of up to this many rows are kept prepared; larger batches are rare and parsed each time.</summary>
    private const int MaxPreparedRows = 128;

    private static readonly string[] HandledColumns = [nameof(HandledTurn.DedupKey), nameof(HandledTurn.HandledAt)];
    private static readonly Func<HandledTurn, object?>[] HandledValues = [t => t.DedupKey, t => t.HandledAt];

    private static readonly string[] CompletionColumns = [nameof(InboxTurn.Id), nameof(InboxTurn.CompletedAt)];
    private static readonly Func<InboxCompletion, object?>[] CompletionValues = [t => t.Id, t => t.At];

    /// <summary>What a new row holds; the delivery and the error columns start empty, the lease too unless the reply is handed straight to this host's dispatcher.</summary>
    private static readonly (string Name, Func<OutboxRow, object?> Value)[] OutboxColumns =
    [
        (nameof(OutboxRow.IdempotencyKey), r => r.IdempotencyKey), (nameof(OutboxRow.Platform), r => r.Platform),
        (nameof(OutboxRow.WorkspaceId), r => r.WorkspaceId), (nameof(OutboxRow.ConversationId), r => r.ConversationId),
        (nameof(OutboxRow.RecipientUserId), r => r.RecipientUserId), (nameof(OutboxRow.Unsolicited), r => r.Unsolicited),
        (nameof(OutboxRow.PayloadJson), r => r.PayloadJson), (nameof(OutboxRow.Status), r => r.Status),
        (nameof(OutboxRow.Attempts), r => r.Attempts), (nameof(OutboxRow.CreatedAt), r => r.CreatedAt),
        (nameof(OutboxRow.NextAttemptAt), r => r.NextAttemptAt), (nameof(OutboxRow.LeaseUntil), r => r.LeaseUntil),
        (nameof(OutboxRow.LeaseOwner), r => r.LeaseOwner),
    ];

    private static readonly string[] OutboxColumnNames = [.. OutboxColumns.Select(c => c.Name)];
    private static readonly Func<OutboxRow, object?>[] OutboxValues = [.. OutboxColumns.Select(c => c.Value)];

    private readonly PreparedRowStatements _statements = new(MaxPreparedRows);

    /// <summary>Commits the turn's record (when it has one) and its replies; sets the ids of the replies written and returns them.</summary>
    public Task<IReadOnlyList<long>> CommitAsync(HandledTurn? handled, InboxCompletion? inboxTurn, IReadOnlyList<OutboxRow> replies)
    {
        var pending = new PendingCommit(handled, inboxTurn, replies);
        Enqueue(pending);
        return pending.Committed.Task;
    }

    protected override async Task<Action> WriteAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingCommit> batch)
    {
        var handled = await InsertHandledAsync(db, connection, transaction, batch);
        var completed = await CompleteInboxTurnsAsync(db, connection, transaction, batch);

        // Only the first of several commits of one turn in a batch is the one whose record was stored.
        var winners = batch
            .Where(p => (p.Handled is null || handled.Remove(p.Handled.DedupKey)) && (p.InboxTurn is null || completed.Remove(p.InboxTurn.Id)))
            .ToHashSet();
        var ids = await InsertRepliesAsync(db, connection, transaction, batch.Where(winners.Contains).SelectMany(p => p.Replies).ToList());
        return () =>
        {
            foreach (var pending in batch)
            {
                if (!winners.Contains(pending))
                {
                    pending.Committed.TrySetException(new DuplicateWriteException(new InvalidOperationException($"Turn {pending.Handled?.DedupKey ?? pending.InboxTurn?.DedupKey} was handled before.")));
                    continue;
                }

                var written = new List<long>(pending.Replies.Count);
                foreach (var reply in pending.Replies)
                {
                    if (ids.Remove(reply.IdempotencyKey, out var id))
                    {
                        reply.Id = id;
                        written.Add(id);
                    }
                }

                pending.Committed.TrySetResult(written);
            }
        };
    }

    protected override ValueTask ConnectionClosedAsync() => _statements.DisposeAsync();

    protected override void Fail(PendingCommit pending, Exception exception) => pending.Committed.TrySetException(exception);

    private async Task<HashSet<string>> InsertHandledAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingCommit> batch)
    {
        var records = batch.Select(p => p.Handled).OfType<HandledTurn>().ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var command = _statements.Get<HandledTurn>(db, connection, transaction, HandledColumns, records.Count, rows => $"""
            INSERT INTO "handled_turns" ("DedupKey", "HandledAt") VALUES {rows}
            ON CONFLICT ("DedupKey") DO NOTHING RETURNING "DedupKey"
            """);
        return new HashSet<string>(await command.Bind(records, HandledValues).ReadAsync(r => r.GetString(0)), StringComparer.Ordinal);
    }

    /// <summary>Completes the inbox rows not completed yet; returns their ids.</summary>
    private async Task<HashSet<long>> CompleteInboxTurnsAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingCommit> batch)
    {
        var turns = batch.Select(p => p.InboxTurn).OfType<InboxCompletion>().ToList();
        if (turns.Count == 0)
        {
            return [];
        }

        // A VALUES list's columns are column1, column2, … on both SQLite and PostgreSQL.
        var command = _statements.Get<InboxTurn>(db, connection, transaction, CompletionColumns, turns.Count, rows => $"""
            UPDATE "inbox" SET "CompletedAt" = v.column2 FROM (VALUES {rows}) AS v
            WHERE "inbox"."Id" = v.column1 AND "inbox"."CompletedAt" IS NULL RETURNING "inbox"."Id"
            """);
        return [.. await command.Bind(turns, CompletionValues).ReadAsync(r => r.GetInt64(0))];
    }

    /// <summary>Inserts the rows whose key is new; returns the id of each by its key.</summary>
    private async Task<Dictionary<string, long>> InsertRepliesAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<OutboxRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var command = _statements.Get<OutboxRow>(db, connection, transaction, OutboxColumnNames, rows.Count, values => $"""
            INSERT INTO "outbox" ({string.Join(", ", OutboxColumnNames.Select(c => $"\"{c}\""))}) VALUES {values}
            ON CONFLICT ("IdempotencyKey") DO NOTHING RETURNING "Id", "IdempotencyKey"
            """);
        var returned = await command.Bind(rows, OutboxValues).ReadAsync(r => (Id: r.GetInt64(0), Key: r.GetString(1)));
        return returned.ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);
    }

    internal sealed class PendingCommit(HandledTurn? handled, InboxCompletion? inboxTurn, IReadOnlyList<OutboxRow> replies)
    {
        public HandledTurn? Handled { get; } = handled;

        public InboxCompletion? InboxTurn { get; } = inboxTurn;

        public IReadOnlyList<OutboxRow> Replies { get; } = replies;

        public TaskCompletionSource<IReadOnlyList<long>> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
