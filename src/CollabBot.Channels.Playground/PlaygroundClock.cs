namespace CollabBot.Channels.Playground;

/// <summary>
/// The Playground's virtual clock: real time plus an offset that only moves forward. It is the time of Playground
/// conversations and of their jobs, and of nothing else (<see cref="Conversations.Time.DomainClock"/>).
/// </summary>
public sealed class PlaygroundClock(TimeProvider real) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock to <paramref name="instant"/>; never backwards.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var needed = (instant - real.GetUtcNow()).Ticks;
        long current;
        do
        {
            current = Interlocked.Read(ref _offsetTicks);
            if (needed <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _offsetTicks, needed, current) != current);
    }
}
