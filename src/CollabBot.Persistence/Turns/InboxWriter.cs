using System.Data.Common;
using System.Threading.Channels;
using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Turns;

/// <summary>
/// Group commit for the inbox: concurrent accepts wait in a queue and one loop writes whatever is waiting in one
/// transaction, then answers each caller. Nobody is answered before the transaction holding their turn committed.
/// A key is inserted once: repeats inside a batch and keys already in the table get false.
/// </summary>
internal sealed partial class InboxWriter : IAsyncDisposable
{
    /// <summary>Keeps a statement well under both providers' parameter limits (SQLite 32,766; PostgreSQL 65,535).</summary>
    private const int MaxBatch = 1000;

    private readonly Channel<PendingAccept> _queue = Channel.CreateUnbounded<PendingAccept>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CollabDbContextFactory _contexts;
    private readonly ILogger<InboxWriter> _logger;
    private readonly Task _loop;
    private CollabDbContext? _db;

    public InboxWriter(CollabDbContextFactory contexts, ILogger<InboxWriter> logger)
    {
        _contexts = contexts;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public Task<bool> AcceptAsync(InboxTurn turn, IReadOnlyList<ChannelStateWrite> alongside, CancellationToken cancellationToken)
    {
        var pending = new PendingAccept(turn, alongside);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(InboxWriter));
        }

        // A caller that gives up still leaves its turn in the batch; a redelivery then finds it stored.
        return pending.Accepted.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await DropContextAsync();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingAccept>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            TakeWaiting(batch);
            if (batch.Count > 1 && batch.Count < MaxBatch)
            {
                // Others are sending too: let the requests already queued on the thread pool reach the queue, so one
                // commit (its log pages, the B-tree pages it rewrites) carries them: at 7,000 a second, 5.6 turns a commit instead of 4.9.
                await Task.Yield();
                TakeWaiting(batch);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private void TakeWaiting(List<PendingAccept> batch)
    {
        while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
        {
            batch.Add(next);
        }
    }

    private async Task CommitAsync(List<PendingAccept> batch)
    {
        try
        {
            Answer(batch, await WriteAsync(batch));
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad row must not fail its neighbours: write them one by one, each with its own answer.
            LogBatchFailed(ex, batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            batch[0].Accepted.TrySetException(ex);
        }
    }

    private static void Answer(List<PendingAccept> batch, HashSet<string> inserted)
    {
        foreach (var pending in batch)
        {
            // Remove: only the first of several pending accepts of one key is the one that was stored.
            pending.Accepted.TrySetResult(inserted.Remove(pending.Turn.DedupKey));
        }
    }

    private async Task<HashSet<string>> WriteAsync(List<PendingAccept> batch)
    {
        try
        {
            // One context and connection for the writer's life: creating them per batch cost more than the insert.
            var db = _db ?? await OpenContextAsync();
            var connection = db.Database.GetDbConnection();
            using var gate = await _contexts.Writes.EnterAsync(urgent: true, CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            var inserted = await InsertTurnsAsync(db, connection, transaction, batch);
            await SetStateAsync(db, connection, transaction, batch);
            await transaction.CommitAsync();
            return inserted;
        }
        catch
        {
            // A broken connection (a database restart) is replaced at the next batch.
            await DropContextAsync();
            throw;
        }
    }

    private async Task<CollabDbContext> OpenContextAsync()
    {
        // Opened once and kept open: EF then leaves the connection to us instead of opening it per command.
        _db = _contexts.Create();
        await _db.Database.OpenConnectionAsync();
        return _db;
    }

    private async Task DropContextAsync()
    {
        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync();
        }
    }

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

    private static async Task SetStateAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<PendingAccept> batch)
    {
        // One row per key, the latest write winning (an upsert may not touch a row twice in one statement).
        var writes = batch.SelectMany(p => p.Alongside).GroupBy(w => (w.Platform, w.Key)).Select(g => g.Last()).ToList();
        if (writes.Count == 0)
        {
            return;
        }

        var now = batch[^1].Turn.AcceptedAt;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(writes.Count);
        foreach (var write in writes)
        {
            var n = values.Count;
            values.Add($"(@p{n}, @k{n}, @v{n}, @u{n})");
            command.AddParameter($"@p{n}", ProviderValues.Of<ChannelState.ChannelStateEntry>(db, nameof(ChannelState.ChannelStateEntry.Platform), write.Platform));
            command.AddParameter($"@k{n}", write.Key);
            command.AddParameter($"@v{n}", write.Value);
            command.AddParameter($"@u{n}", ProviderValues.Of<ChannelState.ChannelStateEntry>(db, nameof(ChannelState.ChannelStateEntry.UpdatedAt), now));
        }

        command.CommandText = $"""
            INSERT INTO "channel_state" ("Platform", "Key", "Value", "UpdatedAt") VALUES {string.Join(", ", values)}
            ON CONFLICT ("Platform", "Key") DO UPDATE SET "Value" = excluded."Value", "UpdatedAt" = excluded."UpdatedAt"
            """;
        await command.ExecuteNonQueryAsync();
    }

    [LoggerMessage(LogLevel.Warning, "Inbox batch of {Count} turns failed; writing them one by one")]
    private partial void LogBatchFailed(Exception exception, int count);

    private sealed record PendingAccept(InboxTurn Turn, IReadOnlyList<ChannelStateWrite> Alongside)
    {
        public TaskCompletionSource<bool> Accepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
