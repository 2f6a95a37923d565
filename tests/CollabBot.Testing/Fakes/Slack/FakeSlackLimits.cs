using System.Collections.Concurrent;

namespace CollabBot.Testing.Fakes;

/// <summary>
/// Slack's limits as the fake enforces them: at most <c>count</c> calls per <c>window</c>, counted per
/// method and workspace, or per channel for chat.postMessage ("one message per second per channel").
/// The channel window is 900 ms rather than a full second: Slack tolerates short bursts, and a client
/// pacing at exactly one a second sees a few milliseconds of jitter on the wire.
/// </summary>
public sealed class FakeSlackLimits
{
    /// <summary>Slack's nominal limit for chat.postMessage: one a second per channel (the benchmarks' lower bounds use it).</summary>
    public static readonly TimeSpan ChannelWindow = TimeSpan.FromSeconds(1);

    /// <summary>Slack's Tier 3 (conversations.open among others): 50 calls a minute per workspace.</summary>
    public static readonly (int Count, TimeSpan Window) Tier3 = (50, TimeSpan.FromMinutes(1));

    private readonly ConcurrentDictionary<string, (int Count, TimeSpan Window, bool PerChannel)> _rules = new()
    {
        ["chat.postMessage"] = (1, TimeSpan.FromMilliseconds(900), true),
        ["chat.postEphemeral"] = (100, TimeSpan.FromMinutes(1), false),
        ["conversations.open"] = (Tier3.Count, Tier3.Window, false),
        ["views.publish"] = (100, TimeSpan.FromMinutes(1), false),
        ["views.open"] = (100, TimeSpan.FromMinutes(1), false),
    };

    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _seen = new();

    public void Set(string method, int count, TimeSpan window, bool perChannel) => _rules[method] = (count, window, perChannel);

    /// <summary>Null when the call is within its limit (and counts it); else how long until it would be.</summary>
    public TimeSpan? Check(string method, string? channel, DateTimeOffset now)
    {
        if (!_rules.TryGetValue(method, out var rule))
        {
            return null;
        }

        var key = rule.PerChannel ? $"{method}:{channel}" : method;
        var seen = _seen.GetOrAdd(key, _ => []);
        lock (seen)
        {
            seen.RemoveAll(at => now - at >= rule.Window);
            if (seen.Count >= rule.Count)
            {
                return seen[0] + rule.Window - now;
            }

            seen.Add(now);
            return null;
        }
    }
}
