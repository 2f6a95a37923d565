namespace CollabBot.Persistence;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait in its busy handler, which sleeps in growing steps
/// (up to 100 ms each) and holds a thread meanwhile. The busiest writes (inbox accepts, turn commits, inbox and outbox
/// bookkeeping) queue here instead, without a thread, in order, and find the lock free when their turn comes. PostgreSQL
/// locks rows, not the database: there the gate lets everyone through.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim? _oneAtATime;

    private WriteGate(SemaphoreSlim? oneAtATime) => _oneAtATime = oneAtATime;

    public static WriteGate Open { get; } = new(null);

    public static WriteGate OneAtATime() => new(new SemaphoreSlim(1, 1));

    /// <summary>Waits for the gate; disposing the result lets the next writer in.</summary>
    public async ValueTask<Passage> EnterAsync(CancellationToken cancellationToken)
    {
        if (_oneAtATime is not null)
        {
            await _oneAtATime.WaitAsync(cancellationToken);
        }

        return new Passage(_oneAtATime);
    }

    public readonly struct Passage(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }
}
