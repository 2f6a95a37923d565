using CollabBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Channels.Slack.Tests;

public sealed class SlackRateGateTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly SlackRateGate _gate;

    public SlackRateGateTests() => _gate = new SlackRateGate(_clock, new StaticOptions());

    [Fact]
    public void Posts_to_one_channel_get_slots_a_second_apart_and_other_channels_are_not_delayed()
    {
        var first = _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second);
        var second = _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second);
        var other = _gate.Reserve("chat.postMessage", "chat:T:C2", Second, 2 * Second);

        Assert.Equal((TimeSpan.Zero, Second, TimeSpan.Zero), (first, second, other));
    }

    [Fact]
    public void A_paced_wait_longer_than_allowed_goes_back_to_the_caller_as_rate_limited()
    {
        _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second);
        _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second);
        _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second);

        var limited = Assert.Throws<SlackRateLimitedException>(() => _gate.Reserve("chat.postMessage", "chat:T:C1", Second, 2 * Second));

        Assert.Equal(3 * Second, limited.RetryAfter);
    }

    [Fact]
    public void Retry_after_pauses_only_its_key_until_it_has_passed()
    {
        _gate.Pause("views.publish:T", TimeSpan.FromSeconds(30));

        Assert.Throws<SlackRateLimitedException>(() => _gate.Reserve("views.publish", "views.publish:T", TimeSpan.Zero, TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, _gate.Reserve("views.publish", "views.publish:T2", TimeSpan.Zero, TimeSpan.Zero));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, _gate.Reserve("views.publish", "views.publish:T", TimeSpan.Zero, TimeSpan.Zero));
    }

    private sealed class StaticOptions : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue { get; } = new();

        public SlackOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
