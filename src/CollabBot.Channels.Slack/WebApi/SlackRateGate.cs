using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Per-key pacing and Retry-After pauses (PROTOCOLS.md §3.2, checklist 41). Keys are
/// <c>{method}:{team}</c>, or <c>chat:{team}:{channel}</c> for chat.* calls, so a pause or the
/// one-message-a-second pace of one channel never holds up another channel or method.
/// </summary>
public sealed class SlackRateGate(TimeProvider clock, IOptionsMonitor<SlackOptions> options)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new();

    /// <summary>
    /// Takes the next slot for the key. Returns the time to wait before calling: zero or a short
    /// pace (the caller waits it out), or throws when the key is paused longer than <paramref name="maxWait"/>.
    /// </summary>
    public TimeSpan Reserve(string method, string key, TimeSpan interval, TimeSpan maxWait)
    {
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        var now = clock.GetUtcNow();
        lock (slot)
        {
            var at = slot.NextAt > now ? slot.NextAt : now;
            var wait = at - now;
            if (wait > maxWait)
            {
                throw new SlackRateLimitedException(method, wait);
            }

            slot.NextAt = at + interval;
            return wait;
        }
    }

    /// <summary>Slack said 429: nothing goes to this key before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string key, TimeSpan retryAfter)
    {
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        var until = clock.GetUtcNow() + retryAfter;
        lock (slot)
        {
            if (until > slot.NextAt)
            {
                slot.NextAt = until;
            }
        }
    }

    public TimeSpan ChannelInterval => options.CurrentValue.ChannelPostInterval;

    private sealed class Slot
    {
        public DateTimeOffset NextAt { get; set; } = DateTimeOffset.MinValue;
    }
}
