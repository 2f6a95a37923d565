using System.Data.Common;
using CollabBot.Persistence.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Turns;

/// <summary>
/// Group commit for the inbox (see <see cref="GroupCommitWriter{TPending}"/>); accepts pass background writers at the
/// write gate, because a platform waits for their answer. A key is inserted once: repeats inside a batch and keys
/// already in the table get false.
/// </summary>
internal sealed class InboxWriter(CollabDbContextFactory contexts, ILogger<InboxWriter> logger)
    : GroupCommitWriter<InboxWriter.PendingAccept>(contexts, logger, urgent: true, maxBatch: 1000)
{
    public Task<bool> AcceptAsync(InboxTurn turn, CancellationToken cancellationToken)
    {
        var pending = new PendingAccept(turn);
        Enqueue(pending);

        // A caller that gives up still leaves its turn in the batch; a redelivery then finds it stored.
        return pending.Accepted.Task.WaitAsync(cancellationToken);
    }

    protected override async Task<Action> WriteAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingAccept> batch)
    {
        var inserted = await InsertTurnsAsync(db, connection, transaction, batch);
        return () =>
        {
            foreach (var pending in batch)
            {
                // Remove: only the first of several pending accepts of one key is the one that was stored.
                pending.Accepted.TrySetResult(inserted.Remove(pending.Turn.DedupKey));
            }
        };
    }

    protected override void Fail(PendingAccept pending, Exception exception) => pending.Accepted.TrySetException(exception);

    private static async Task<HashSet<string>> InsertTurnsAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingAccept> batch)
    {
        var turns = batch.Select(p => p.Turn).DistinctBy(t => t.DedupKey).ToList();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(turns.Count);
        foreach (var turn in turns)
        {
            var n = values.Count;
            values.Add($"(@k{n}, @j{n}, @a{n})");
            command.AddParameter($"@k{n}", turn.DedupKey);
            command.AddParameter($"@j{n}", turn.TurnJson);
            command.AddParameter($"@a{n}", ProviderValues.Of<InboxTurn>(db, nameof(InboxTurn.AcceptedAt), turn.AcceptedAt));
        }

        // Both providers: the unique index on DedupKey turns a known key into no row, and RETURNING names the new ones.
        command.CommandText = $"""
            INSERT INTO "inbox" ("DedupKey", "TurnJson", "AcceptedAt") VALUES {string.Join(", ", values)}
            ON CONFLICT ("DedupKey") DO NOTHING RETURNING "DedupKey"
            """;
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            inserted.Add(reader.GetString(0));
        }

        return inserted;
    }

    internal sealed record PendingAccept(InboxTurn Turn)
    {
        public TaskCompletionSource<bool> Accepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
