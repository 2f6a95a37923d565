using System.Collections.Concurrent;

namespace CollabBot.Testing.Fakes;

/// <summary>
/// A platform's limits as a fake enforces them: at most <c>count</c> calls in any sliding <c>window</c> per key.
/// <paramref name="tolerance"/> forgives calls that arrive that much early (wire jitter), as Slack's and Teams'
/// "short bursts" do; the benchmarks' lower bounds use the nominal windows.
/// </summary>
public sealed class SlidingLimits(TimeSpan tolerance)
{
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _seen = new(StringComparer.Ordinal);

    /// <summary>Null when every limit has room (the call is counted against all of them); else how long until it would have.</summary>
    public TimeSpan? Check(DateTimeOffset now, params (string Key, (int Count, TimeSpan Window)[] Limits)[] keys)
    {
        var logs = keys.Select(k => (Log: _seen.GetOrAdd(k.Key, _ => []), k.Limits)).ToList();
        lock (_seen)
        {
            TimeSpan? wait = null;
            foreach (var (log, limits) in logs)
            {
                foreach (var (count, window) in limits)
                {
                    var inWindow = log.Where(at => now - at < window - tolerance).OrderBy(at => at).ToList();
                    if (inWindow.Count >= count)
                    {
                        var until = inWindow[^count] + window - tolerance - now;
                        wait = wait is { } w && w > until ? w : until;
                    }
                }
            }

            if (wait is not null)
            {
                return wait;
            }

            foreach (var (log, limits) in logs)
            {
                var longest = limits.Max(l => l.Window);
                log.RemoveAll(at => now - at >= longest);
                log.Add(now);
            }

            return null;
        }
    }
}
