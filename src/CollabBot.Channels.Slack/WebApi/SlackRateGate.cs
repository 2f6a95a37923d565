using CollabBot.Conversations.Delivery;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Per-key pacing and Retry-After pauses (PROTOCOLS.md §3.2, checklist 41). Keys are <c>{method}:{team}</c>, or
/// <c>chat:{team}:{channel}</c> for chat.postMessage, so a pause or the one-message-a-second pace of one channel never
/// holds up another channel or method. Methods of a known tier are kept inside its budget per workspace (Tier 3:
/// 50 a minute, Tier 4: 100 a minute), bursting to it as Slack allows rather than spreading calls evenly.
/// </summary>
public sealed class SlackRateGate(TimeProvider clock, IOptionsMonitor<SlackOptions> options)
{
    // A call reaches Slack a little after it leaves; the margin keeps a full budget from landing a hair early.
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60.25);

    private static readonly string[] Tier3 = ["conversations.open", "chat.update"];
    private static readonly string[] Tier4 = ["chat.postEphemeral", "views.open", "views.update", "views.publish", "users.info"];

    private readonly RateWindows _windows = new(clock);

    /// <summary>
    /// Takes the next slot for the key. Returns the time to wait before calling (the caller waits it out), or throws
    /// <see cref="SlackRateLimitedException"/> (<c>Local</c>) when the next slot is further away than <paramref name="maxWait"/>.
    /// </summary>
    public TimeSpan Reserve(string method, string key, TimeSpan interval, TimeSpan maxWait) => ReserveSlot(method, key, interval, maxWait).Wait;

    /// <summary>As <see cref="Reserve"/>, with the slot's time to hand to <see cref="Complete"/> once Slack answered.</summary>
    public (TimeSpan Wait, DateTimeOffset At) ReserveSlot(string method, string key, TimeSpan interval, TimeSpan maxWait)
    {
        IReadOnlyList<RateLimit> limits = interval > TimeSpan.Zero ? [new RateLimit(1, interval)] : TierLimits(method);
        var (reserved, wait, at) = _windows.TryReserve([(key, limits)], maxWait);
        return reserved ? (wait, at) : throw new SlackRateLimitedException(method, wait, local: true);
    }

    /// <summary>The call in the slot reserved at <paramref name="at"/> was answered; the pace counts from now.</summary>
    public void Complete(string key, DateTimeOffset at) => _windows.Complete([key], at);

    /// <summary>Slack said 429: nothing goes to this key before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string key, TimeSpan retryAfter) => _windows.Pause(key, retryAfter);

    private RateLimit[] TierLimits(string method) =>
        Tier3.Contains(method) ? [new RateLimit(options.CurrentValue.Tier3PerMinute, Minute)]
        : Tier4.Contains(method) ? [new RateLimit(options.CurrentValue.Tier4PerMinute, Minute)]
        : [];

    public TimeSpan ChannelInterval => options.CurrentValue.ChannelPostInterval;
}
