namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Client-side copies of a platform's sliding-window limits, per key (a channel, a method, an app). A reservation
/// takes the earliest moment at which every window of every key it names has room, so callers go out exactly as
/// fast as the limits allow and need no 429 to find out. A 429's Retry-After pauses a key on top of that.
/// Reservations are handed out in time order per key, which keeps the check to one look back per window.
/// </summary>
public sealed class RateWindows(TimeProvider clock)
{
    private readonly Dictionary<string, Log> _logs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _sinceSweep;

    /// <summary>
    /// Reserves the earliest slot for all <paramref name="keys"/> when it is at most <paramref name="maxWait"/> away and
    /// returns how long to wait for it and the slot's time (to <see cref="Complete"/> it); otherwise reserves nothing and
    /// returns the wait (greater than <paramref name="maxWait"/>).
    /// </summary>
    public (bool Reserved, TimeSpan Wait, DateTimeOffset At) TryReserve(IReadOnlyList<(string Key, IReadOnlyList<RateLimit> Limits)> keys, TimeSpan maxWait)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            SweepNow(now);
            var at = now;
            foreach (var (key, limits) in keys)
            {
                var earliest = LogOf(key).Earliest(limits, now);
                at = earliest > at ? earliest : at;
            }

            var wait = at - now;
            if (wait > maxWait)
            {
                return (false, wait, at);
            }

            foreach (var (key, limits) in keys)
            {
                LogOf(key).Add(at, limits, now);
            }

            return (true, wait, at);
        }
    }

    /// <summary>
    /// The call reserved at <paramref name="at"/> has been answered: it counts from now on. The platform saw it
    /// somewhere between the two, so counting from the answer keeps the next window from opening early, however
    /// long the call spent on the way.
    /// </summary>
    public void Complete(IEnumerable<string> keys, DateTimeOffset at)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_logs.TryGetValue(key, out var log))
                {
                    log.Move(at, now);
                }
            }
        }
    }

    /// <summary>The platform said 429 for this key: nothing is reserved for it before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string key, TimeSpan retryAfter)
    {
        var until = clock.GetUtcNow() + retryAfter;
        lock (_lock)
        {
            var log = LogOf(key);
            log.PausedUntil = until > log.PausedUntil ? until : log.PausedUntil;
        }
    }

    private Log LogOf(string key)
    {
        if (!_logs.TryGetValue(key, out var log))
        {
            log = new Log();
            _logs[key] = log;
        }

        return log;
    }

    /// <summary>Forgets keys with nothing left in any window (one per channel or conversation ever used would pile up).</summary>
    private void SweepNow(DateTimeOffset now)
    {
        if (++_sinceSweep < 10_000)
        {
            return;
        }

        _sinceSweep = 0;
        foreach (var (key, log) in _logs.ToList())
        {
            if (log.IsIdle(now))
            {
                _logs.Remove(key);
            }
        }
    }

    private sealed class Log
    {
        private readonly List<DateTimeOffset> _at = [];
        private TimeSpan _longest;

        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset Earliest(IReadOnlyList<RateLimit> limits, DateTimeOffset now)
        {
            var at = _at.Count > 0 && _at[^1] > now ? _at[^1] : now;
            at = PausedUntil > at ? PausedUntil : at;
            foreach (var limit in limits)
            {
                if (_at.Count >= limit.Count)
                {
                    var freed = _at[^limit.Count] + limit.Window;
                    at = freed > at ? freed : at;
                }
            }

            return at;
        }

        public void Add(DateTimeOffset at, IReadOnlyList<RateLimit> limits, DateTimeOffset now)
        {
            foreach (var limit in limits)
            {
                _longest = limit.Window > _longest ? limit.Window : _longest;
            }

            _at.Add(at);
            var keepFrom = now - _longest;
            var stale = 0;
            while (stale < _at.Count && _at[stale] < keepFrom)
            {
                stale++;
            }

            _at.RemoveRange(0, stale);
        }

        public void Move(DateTimeOffset from, DateTimeOffset to)
        {
            var index = _at.LastIndexOf(from);
            if (index < 0 || to <= from)
            {
                return;
            }

            // Keep the log in time order: slide the moved entry past the ones it now follows.
            while (index + 1 < _at.Count && _at[index + 1] < to)
            {
                _at[index] = _at[index + 1];
                index++;
            }

            _at[index] = to;
        }

        public bool IsIdle(DateTimeOffset now) => PausedUntil < now && (_at.Count == 0 || _at[^1] + _longest < now);
    }
}
