using System.Data.Common;
using CollabBot.Conversations.Storage;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Writes;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Turns;

/// <summary>
/// Group commit for the units whose writes are all appends (<see cref="Appends"/>; see <see cref="EfUnitOfWork"/> for
/// the split): a turn's record, its replies and other new outbox rows, participation signals. That is the common turn (a
/// question answered, a refusal, team chatter recorded). Many units' rows go in one transaction, a prepared statement for
/// each kind, instead of one EF save and one pass through the write gate each. Each unit stays all or nothing: a turn
/// whose record is already stored (another host or delivery handled it meanwhile) writes nothing and gets a
/// <see cref="TurnHandledBeforeException"/>. A row whose key is already stored is not written again, as a retried turn
/// would skip it. An answer given inline is recorded as delivered in the same transaction (<see cref="SentMarks"/>).
/// </summary>
internal sealed class TurnCommitWriter(CollabDbContextFactory contexts, ILogger<TurnCommitWriter> logger)
    : GroupCommitWriter<TurnCommitWriter.PendingCommit>(contexts, logger, urgent: false, maxBatch: MaxUnits)
{
    /// <summary>About 2,000 parameters a statement at a few replies a turn.</summary>
    private const int MaxUnits = 100;

    private readonly AppendStatements _statements = new();

    /// <summary>Commits the unit's appends; sets the ids of the outbox rows written and returns them.</summary>
    public Task<IReadOnlyList<long>> CommitAsync(Appends appends)
    {
        var pending = new PendingCommit(appends);
        Enqueue(pending);
        return pending.Committed.Task;
    }

    protected override async Task<Action> WriteAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingCommit> batch)
    {
        var units = batch.Select(p => p.Appends).ToList();
        var handled = await _statements.InsertHandledAsync(db, connection, transaction, [.. units.Select(u => u.Handled).OfType<HandledTurn>()]);
        var completed = await _statements.CompleteInboxTurnsAsync(db, connection, transaction, [.. units.Select(u => u.InboxTurn).OfType<InboxCompletion>()]);

        // Only the first of several commits of one turn in a batch is the one whose record was stored.
        var winners = units
            .Where(u => (u.Handled is null || handled.Remove(u.Handled.DedupKey)) && (u.InboxTurn is null || completed.Remove(u.InboxTurn.Id)))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var won = units.Where(winners.Contains).ToList();
        var ids = await _statements.InsertOutboxRowsAsync(db, connection, transaction, [.. won.SelectMany(u => u.Rows)]);
        await _statements.InsertSignalsAsync(db, connection, transaction, [.. won.SelectMany(u => u.Signals)]);
        var delivered = won.SelectMany(u => u.Delivered).Where(d => ids.ContainsKey(d.Row.IdempotencyKey))
            .Select(d => (ids[d.Row.IdempotencyKey], d.PlatformMessageId)).ToList();
        if (delivered.Count > 0)
        {
            await SentMarks.WriteAsync(db, connection, transaction, delivered, won[^1].At, CancellationToken.None);
        }

        return () =>
        {
            foreach (var pending in batch)
            {
                if (!winners.Contains(pending.Appends))
                {
                    pending.Committed.TrySetException(new TurnHandledBeforeException(pending.Appends.DedupKey ?? ""));
                    continue;
                }

                var written = new List<long>(pending.Appends.Rows.Count);
                foreach (var row in pending.Appends.Rows)
                {
                    if (ids.Remove(row.IdempotencyKey, out var id))
                    {
                        row.Id = id;
                        written.Add(id);
                    }
                }

                pending.Committed.TrySetResult(written);
            }
        };
    }

    protected override ValueTask ConnectionClosedAsync() => _statements.DisposeAsync();

    protected override void Fail(PendingCommit pending, Exception exception) => pending.Committed.TrySetException(exception);

    internal sealed class PendingCommit(Appends appends)
    {
        public Appends Appends { get; } = appends;

        public TaskCompletionSource<IReadOnlyList<long>> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
