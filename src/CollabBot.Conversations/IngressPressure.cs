namespace CollabBot.Conversations;

/// <summary>
/// How fast the platforms are handing us turns, and whether the background work keeps up with them. Above
/// <see cref="BusyPerSecond"/> accepted turns a second the ingress is busy until a second after the rate drops: the
/// background work (the turn worker, the outbox dispatcher) then leaves it the CPU, because Slack and Teams wait for our
/// acknowledgement (Slack gives up after 3 s and retries), but only while that work keeps up: a stage that finished
/// fewer units than arrived in the last window does not rest, or its backlog (the replies' delay) would grow for as
/// long as the load lasts. Background work calls <see cref="RestAfterAsync"/> after each unit: while it yields it
/// rests a multiple of the time the unit took, growing with the rate.
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

    private readonly int[] _doneInWindow = new int[Enum.GetValues<BackgroundStage>().Length];
    private readonly int[] _lastDonePerSecond = new int[Enum.GetValues<BackgroundStage>().Length];
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
    /// How many times a unit's time background work rests while it yields: once at a few hundred turns a second,
    /// eight times in a flood of thousands a second.
    /// </summary>
    public int RestPerUnit => Math.Clamp(Volatile.Read(ref _lastWindowPerSecond) / RestStepPerSecond, 1, MaxRestPerUnit);

    /// <summary>Whether <paramref name="stage"/> finished at least as many units as turns arrived in the last window.</summary>
    public bool KeepsUp(BackgroundStage stage) => Volatile.Read(ref _lastDonePerSecond[(int)stage]) >= Volatile.Read(ref _lastWindowPerSecond);

    /// <summary>The ingress is busy and <paramref name="stage"/> keeps up with it: the stage leaves the CPU to the ingress.</summary>
    public bool ShouldYield(BackgroundStage stage) => IsBusy && KeepsUp(stage);

    /// <summary>Counts one unit <paramref name="stage"/> finished (a turn handled, a message sent).</summary>
    public void Done(BackgroundStage stage) => Interlocked.Increment(ref _doneInWindow[(int)stage]);

    /// <summary>After work of <paramref name="stage"/> that took <paramref name="spent"/>: rests while the stage should yield, otherwise returns at once.</summary>
    public Task RestAfterAsync(BackgroundStage stage, TimeSpan spent, CancellationToken cancellationToken) =>
        ShouldYield(stage) ? Task.Delay(RestPerUnit * spent, cancellationToken) : Task.CompletedTask;

    /// <summary>Counts one accepted turn.</summary>
    public void Arrived()
    {
        var now = milliseconds();
        var start = Interlocked.Read(ref _windowStart);
        if (now - start >= WindowMs && Interlocked.CompareExchange(ref _windowStart, now, start) == start)
        {
            // A new window; a few arrivals or units racing the reset may be counted in either window, which is close enough.
            var recent = now - start < 2 * WindowMs;
            var perSecond = 1_000.0 / (now - start);
            var ended = Interlocked.Exchange(ref _inWindow, 0);
            Volatile.Write(ref _lastWindowPerSecond, recent ? (int)(ended * perSecond) : 0);
            for (var stage = 0; stage < _doneInWindow.Length; stage++)
            {
                var done = Interlocked.Exchange(ref _doneInWindow[stage], 0);
                Volatile.Write(ref _lastDonePerSecond[stage], recent ? (int)(done * perSecond) : 0);
            }
        }

        if (Interlocked.Increment(ref _inWindow) * (1_000 / WindowMs) > BusyPerSecond)
        {
            Interlocked.Exchange(ref _busyUntil, now + HoldMs);
        }
    }
}

/// <summary>The background work that yields to the ingress, each judged on whether it keeps up.</summary>
public enum BackgroundStage
{
    /// <summary>Turns handled by the turn worker.</summary>
    Turns,

    /// <summary>Messages sent by the outbox dispatcher.</summary>
    Deliveries,
}
