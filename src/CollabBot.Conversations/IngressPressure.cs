namespace CollabBot.Conversations;

/// <summary>
/// How fast the platforms are handing us turns. Above <see cref="BusyPerSecond"/> accepted turns a second the ingress
/// is busy until a second after the rate drops: the background work (the turn worker, the outbox dispatcher) then
/// leaves it the CPU, because Slack and Teams wait for our acknowledgement (Slack gives up after 3 s and retries),
/// while a reply can wait. Background work calls <see cref="RestAfterAsync"/> after each unit: while busy it rests a
/// multiple of the time the unit took, growing with the rate, so it keeps a share of the CPU and never stops.
/// </summary>
public sealed class IngressPressure(Func<long> milliseconds)
{
    public const int BusyPerSecond = 200;

    /// <summary>The rest grows by one unit's time for every this many turns a second...</summary>
    public const int RestStepPerSecond = 500;

    /// <summary>...up to this many times the unit's time: about a ninth of a core left to the background in a flood.</summary>
    public const int MaxRestPerUnit = 8;

    private const long WindowMs = 250;
    private const long HoldMs = 1_000;

    private long _windowStart;
    private int _inWindow;
    private int _lastWindowPerSecond;
    private long _busyUntil = long.MinValue;

    public IngressPressure()
        : this(() => Environment.TickCount64)
    {
    }

    public bool IsBusy => milliseconds() < Interlocked.Read(ref _busyUntil);

    /// <summary>
    /// How many times a unit's time background work rests while busy: once at a few hundred turns a second, so a
    /// steady load the worker could nearly keep up with still drains; eight times in a flood of thousands a second.
    /// </summary>
    public int RestPerUnit => Math.Clamp(Volatile.Read(ref _lastWindowPerSecond) / RestStepPerSecond, 1, MaxRestPerUnit);

    /// <summary>After a unit of background work that took <paramref name="spent"/>: rests while the ingress is busy, otherwise returns at once.</summary>
    public Task RestAfterAsync(TimeSpan spent, CancellationToken cancellationToken) =>
        IsBusy ? Task.Delay(RestPerUnit * spent, cancellationToken) : Task.CompletedTask;

    /// <summary>Counts one accepted turn.</summary>
    public void Arrived()
    {
        var now = milliseconds();
        var start = Interlocked.Read(ref _windowStart);
        if (now - start >= WindowMs && Interlocked.CompareExchange(ref _windowStart, now, start) == start)
        {
            // A new window; a few arrivals racing the reset may be counted in either window, which is close enough.
            var ended = Interlocked.Exchange(ref _inWindow, 0);
            Volatile.Write(ref _lastWindowPerSecond, now - start < 2 * WindowMs ? (int)(ended * (1_000 / WindowMs)) : 0);
        }

        if (Interlocked.Increment(ref _inWindow) * (1_000 / WindowMs) > BusyPerSecond)
        {
            Interlocked.Exchange(ref _busyUntil, now + HoldMs);
        }
    }
}
