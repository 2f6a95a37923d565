using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// Group commit: concurrent writers wait in a queue and one loop writes whatever is waiting in one transaction, then
/// answers each of them. Nobody is answered before the transaction holding their write committed. On SQLite, one
/// commit for many writers also means one pass through the write lock instead of a queue of them.
/// </summary>
internal abstract partial class GroupCommitWriter<TPending> : IAsyncDisposable
{
    private const int MaxYields = 4;
    private readonly Channel<TPending> _queue = Channel.CreateUnbounded<TPending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CollabDbContextFactory _contexts;
    private readonly ILogger _logger;
    private readonly bool _urgent;
    private readonly int _maxBatch;
    private readonly Task _loop;
    private CollabDbContext? _db;

    /// <param name="urgent">Whether the batch passes background writers at the write gate (see <see cref="WriteGate"/>).</param>
    /// <param name="maxBatch">Keeps a statement well under both providers' parameter limits (SQLite 32,766; PostgreSQL 65,535).</param>
    protected GroupCommitWriter(CollabDbContextFactory contexts, ILogger logger, bool urgent, int maxBatch)
    {
        _contexts = contexts;
        _logger = logger;
        _urgent = urgent;
        _maxBatch = maxBatch;
        _loop = Task.Run(RunAsync);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await DropContextAsync();
    }

    protected void Enqueue(TPending pending)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(GetType().Name);
        }
    }

    /// <summary>Writes the batch inside the open transaction; returns how to answer its writers once it committed.</summary>
    protected abstract Task<Action> WriteAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<TPending> batch);

    /// <summary>The writer's connection is about to close (shutdown, or replaced after an error): drop what was kept for it.</summary>
    protected virtual ValueTask ConnectionClosedAsync() => ValueTask.CompletedTask;

    /// <summary>Answers one writer whose write failed on its own.</summary>
    protected abstract void Fail(TPending pending, Exception exception);

    private async Task RunAsync()
    {
        var batch = new List<TPending>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            TakeWaiting(batch);
            for (var yields = 0; batch.Count > 1 && batch.Count < _maxBatch && yields < MaxYields; yields++)
            {
                // Others are writing too: let the writers already queued on the thread pool reach the queue, so one
                // commit (its log pages, the B-tree pages it rewrites) carries them; again while the batch grows.
                // Slack bench, 4 alternating rounds: up to 4 yields with the host's thread-pool spin limit of 400
                // took 13,459 accepts a second against 12,486 with one yield and the default limit.
                var before = batch.Count;
                await Task.Yield();
                TakeWaiting(batch);
                if (batch.Count == before)
                {
                    break;
                }
            }

            await CommitAsync(batch, topUp: true);
            batch.Clear();
        }
    }

    private void TakeWaiting(List<TPending> batch)
    {
        while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var next))
        {
            batch.Add(next);
        }
    }

    private async Task CommitAsync(List<TPending> batch, bool topUp)
    {
        try
        {
            (await WriteInTransactionAsync(batch, topUp))();
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad row must not fail its neighbours: write them one by one, each with its own answer.
            LogBatchFailed(_logger, ex, GetType().Name, batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending], topUp: false);
            }
        }
        catch (Exception ex)
        {
            Fail(batch[0], ex);
        }
    }

    /// <param name="topUp">Whether the writers that queued while this batch waited for the write gate join it.</param>
    private async Task<Action> WriteInTransactionAsync(List<TPending> batch, bool topUp)
    {
        try
        {
            // One context and connection for the writer's life: creating them per batch cost more than the insert.
            var db = _db ?? await OpenContextAsync();
            var connection = db.Database.GetDbConnection();
            using var passage = await _contexts.Writes.EnterAsync(_urgent, CancellationToken.None);
            if (topUp)
            {
                // On SQLite the gate is busy most of the time under load: whoever queued meanwhile rides along
                // instead of waiting for another pass through it (alternating rounds, paired: Teams drain ahead in 4
                // of 5, median x1.10; Slack accepts x1.27 and x0.96).
                TakeWaiting(batch);
            }

            await using var transaction = await connection.BeginTransactionAsync();
            var answer = await WriteAsync(db, connection, transaction, batch);
            await transaction.CommitAsync();
            return answer;
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
            await ConnectionClosedAsync();
            await db.DisposeAsync();
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Writer}: a batch of {Count} failed; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string writer, int count);
}
