using CollabBot.Conversations.Storage;
using Polly;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Collects "sent" marks and writes them in batches, so at the platform's pace the database is one statement
/// per flush rather than one per message. Flushed continuously during a round and completely at its end.
/// </summary>
internal sealed class SentLedger(IOutboxStore outbox, ResiliencePipeline writes)
{
    private const int MaxBatch = 500;
    private readonly Lock _lock = new();
    private readonly List<(long Id, string PlatformMessageId)> _pending = [];
    private readonly SemaphoreSlim _flushing = new(1, 1);

    public void Add(long id, string platformMessageId)
    {
        lock (_lock)
        {
            _pending.Add((id, platformMessageId));
        }
    }

    /// <summary>Messages handed to the platform whose "sent" is not written yet.</summary>
    public IReadOnlyList<long> Unwritten()
    {
        lock (_lock)
        {
            return [.. _pending.Select(p => p.Id)];
        }
    }

    /// <summary>Writes everything added so far (retrying through database outages).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            while (Peek() is { Count: > 0 } batch)
            {
                // Removed only once written: a flush cut short by shutdown leaves the marks for the final one.
                await writes.ExecuteAsync(async ct => await outbox.MarkSentAsync([.. batch.OrderBy(p => p.Id)], ct), cancellationToken);
                Remove(batch.Count);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    private List<(long Id, string PlatformMessageId)> Peek()
    {
        lock (_lock)
        {
            return _pending.Take(MaxBatch).ToList();
        }
    }

    private void Remove(int count)
    {
        lock (_lock)
        {
            _pending.RemoveRange(0, count);
        }
    }
}
