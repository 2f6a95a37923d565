namespace CollabBot.Persistence.Writes;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait in its busy handler, which sleeps in growing steps
/// (up to 100 ms each) and holds a thread meanwhile. The busiest writes (inbox accepts, turn commits, the unit of
/// work's save, inbox and outbox bookkeeping) queue here instead, without a thread, and find the lock free when their
/// turn comes. Accepts go first: a platform waits for their answer, while turns and deliveries are background work.
/// The stores' occasional writes (channel state, installations) are not queued here: gating each of them cost the
/// Teams bench more than half its accepts a second (their webhooks waited for the gate one by one), so they meet the
/// others at SQLite's own lock. PostgreSQL locks rows, not the database: there the gate lets everyone through.
/// </summary>
public sealed class WriteGate
{
    private readonly bool _oneAtATime;
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _background = new();
    private bool _held;

    private WriteGate(bool oneAtATime) => _oneAtATime = oneAtATime;

    /// <summary>For databases that take concurrent writers themselves (PostgreSQL): every passage is free.</summary>
    public static WriteGate Open { get; } = new(false);

    /// <summary>For SQLite: one writer at a time.</summary>
    public static WriteGate OneAtATime() => new(true);

    /// <summary>Waits for the gate; disposing the passage lets the next writer in.</summary>
    public ValueTask<WritePassage> EnterAsync(CancellationToken cancellationToken) => EnterAsync(urgent: false, cancellationToken);

    /// <summary>As <see cref="EnterAsync(CancellationToken)"/>; an urgent writer passes every background one that waits.</summary>
    public async ValueTask<WritePassage> EnterAsync(bool urgent, CancellationToken cancellationToken)
    {
        if (!_oneAtATime)
        {
            return default;
        }

        await WaitForTurnAsync(urgent, cancellationToken);
        return new WritePassage(this);
    }

    internal void Leave()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            if (!_urgent.TryDequeue(out next) && !_background.TryDequeue(out next))
            {
                _held = false;
                return;
            }
        }

        next.SetResult();
    }

    private async Task WaitForTurnAsync(bool urgent, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _background).Enqueue(waiter);
        }

        try
        {
            await waiter.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The gate may still be handed to this waiter later: pass it straight on then.
            _ = waiter.Task.ContinueWith(_ => Leave(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }
}
