namespace CollabBot.Persistence;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait in its busy handler, which sleeps in growing steps
/// (up to 100 ms each) and holds a thread meanwhile. The busiest writes (inbox accepts, turn commits, inbox and outbox
/// bookkeeping) queue here instead, without a thread, and find the lock free when their turn comes. Accepts go first:
/// a platform waits for their answer, while turns and deliveries are background work. PostgreSQL locks rows, not the
/// database: there the gate lets everyone through.
/// </summary>
public sealed class WriteGate
{
    private readonly bool _oneAtATime;
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _background = new();
    private bool _held;

    private WriteGate(bool oneAtATime) => _oneAtATime = oneAtATime;

    public static WriteGate Open { get; } = new(false);

    public static WriteGate OneAtATime() => new(true);

    /// <summary>Waits for the gate; disposing the result lets the next writer in.</summary>
    public ValueTask<Passage> EnterAsync(CancellationToken cancellationToken) => EnterAsync(urgent: false, cancellationToken);

    /// <summary>As <see cref="EnterAsync(CancellationToken)"/>; an urgent writer passes every background one that waits.</summary>
    public async ValueTask<Passage> EnterAsync(bool urgent, CancellationToken cancellationToken)
    {
        if (!_oneAtATime)
        {
            return default;
        }

        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return new Passage(this);
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

        return new Passage(this);
    }

    private void Leave()
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

    public readonly struct Passage(WriteGate? gate) : IDisposable
    {
        public void Dispose() => gate?.Leave();
    }
}
