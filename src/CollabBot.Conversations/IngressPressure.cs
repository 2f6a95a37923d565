namespace CollabBot.Conversations;

/// <summary>
/// How fast the platforms are handing us turns. Above <see cref="BusyPerSecond"/> accepted turns a second the ingress
/// is busy until a second after the rate drops: the background work (the turn worker) then leaves it the CPU, because
/// Slack and Teams wait for our acknowledgement (Slack gives up after 3 s and retries), while a reply can wait.
/// Background work calls <see cref="RestAfterAsync"/> after each unit: while busy it rests a multiple of the time the
/// unit took, so it keeps a small share of the CPU and never stops.
/// </summary>
public sealed class IngressPressure(Func<long> milliseconds)
{
    /// <summary>
    /// Twice what the turn worker handles at full speed on two cores (about 500 turns a second): below it the worker
    /// keeps up, or nearly, and acknowledgements still take a small share of the CPU; above it a backlog grows whatever
    /// the worker does, so it is better spent acknowledging.
    /// </summary>
    public const int BusyPerSecond = 1_000;
    private const long WindowMs = 250;
    private const long HoldMs = 1_000;

    private long _windowStart;
    private int _inWindow;
    private long _busyUntil = long.MinValue;

    public IngressPressure()
        : this(() => Environment.TickCount64)
    {
    }

    /// <summary>While busy, background work rests this many times what a unit of it took: about a ninth of a core.</summary>
    public const int RestPerUnit = 8;

    public bool IsBusy => milliseconds() < Interlocked.Read(ref _busyUntil);

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
            Interlocked.Exchange(ref _inWindow, 0);
        }

        if (Interlocked.Increment(ref _inWindow) * (1_000 / WindowMs) > BusyPerSecond)
        {
            Interlocked.Exchange(ref _busyUntil, now + HoldMs);
        }
    }
}
