using CollabBot.Conversations.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Conversations.Tests;

public sealed class RateWindowsFacts
{
    private static readonly RateLimit[] FiftyAMinute = [new(50, TimeSpan.FromMinutes(1))];
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_budget_goes_out_in_one_burst_and_the_next_call_waits_until_the_first_leaves_the_window()
    {
        var windows = new RateWindows(_clock);

        var burst = Enumerable.Range(0, 50).Select(_ => windows.TryReserve([("open:T1", FiftyAMinute)], TimeSpan.Zero)).ToList();
        _clock.Advance(TimeSpan.FromSeconds(10));
        var next = windows.TryReserve([("open:T1", FiftyAMinute)], TimeSpan.FromSeconds(2));
        var elsewhere = windows.TryReserve([("open:T2", FiftyAMinute)], TimeSpan.Zero);

        Assert.All(burst, b => Assert.Equal((true, TimeSpan.Zero), (b.Reserved, b.Wait)));
        Assert.Equal((false, TimeSpan.FromSeconds(50)), (next.Reserved, next.Wait));
        Assert.True(elsewhere.Reserved);
    }

    [Fact]
    public void Every_window_of_every_key_must_have_room_and_slots_follow_each_other_in_time()
    {
        var windows = new RateWindows(_clock);
        RateLimit[] thread = [new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2))];
        RateLimit[] app = [new(50, TimeSpan.FromSeconds(1))];

        var waits = Enumerable.Range(0, 9).Select(_ => windows.TryReserve([("app", app), ("thread:a", thread)], TimeSpan.FromSeconds(5)).Wait).ToList();

        Assert.Equal([.. Enumerable.Repeat(TimeSpan.Zero, 7), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void A_pause_holds_only_its_key_and_a_completed_call_counts_from_its_answer()
    {
        var windows = new RateWindows(_clock);
        RateLimit[] perSecond = [new(1, TimeSpan.FromSeconds(1))];
        windows.Pause("chat:C1", TimeSpan.FromSeconds(30));

        var paused = windows.TryReserve([("chat:C1", perSecond)], TimeSpan.FromSeconds(2));
        var first = windows.TryReserve([("chat:C2", perSecond)], TimeSpan.Zero);
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        windows.Complete(["chat:C2"], first.At);
        var second = windows.TryReserve([("chat:C2", perSecond)], TimeSpan.FromSeconds(2));

        Assert.Equal((false, TimeSpan.FromSeconds(30)), (paused.Reserved, paused.Wait));
        Assert.Equal((true, TimeSpan.FromSeconds(1)), (second.Reserved, second.Wait));
    }
}
