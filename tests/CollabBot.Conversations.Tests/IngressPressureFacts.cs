namespace CollabBot.Conversations.Tests;

public sealed class IngressPressureFacts
{
    private long _now = 1_000_000;

    [Fact]
    public void A_trickle_of_turns_leaves_the_ingress_quiet()
    {
        var pressure = new IngressPressure(() => _now);

        // 40 turns a second for three seconds: a busy team, not a burst.
        Arrive(pressure, 120, everyMs: 25);

        Assert.False(pressure.IsBusy);
    }

    [Fact]
    public void A_burst_makes_the_ingress_busy_until_a_second_after_it_ends()
    {
        var pressure = new IngressPressure(() => _now);

        // 1,000 turns a second for half a second.
        Arrive(pressure, 500, everyMs: 1);

        var during = pressure.IsBusy;
        _now += 900;
        var shortlyAfter = pressure.IsBusy;
        _now += 200;
        var later = pressure.IsBusy;

        Assert.Equal((true, true, false), (during, shortlyAfter, later));
    }

    [Fact]
    public void The_background_rests_longer_the_harder_the_flood_up_to_eight_times_its_work()
    {
        var steady = new IngressPressure(() => _now);
        Arrive(steady, 750, everyMs: 4);            // 250 a second for 3 s: just busy
        var steadyIsBusy = steady.IsBusy;

        var heavy = new IngressPressure(() => _now);
        Arrive(heavy, 1_000, everyMs: 1);           // 1,000 a second

        var flood = new IngressPressure(() => _now);
        for (var i = 0; i < 10_000; i++)            // 10,000 a second
        {
            flood.Arrived();
            _now += i % 10 == 0 ? 1 : 0;
        }

        Assert.Equal((true, 1, 2, 8), (steadyIsBusy, steady.RestPerUnit, heavy.RestPerUnit, flood.RestPerUnit));
    }

    [Fact]
    public async Task Background_work_rests_only_while_the_ingress_is_busy()
    {
        var pressure = new IngressPressure(() => _now);
        var quiet = pressure.RestAfterAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        Arrive(pressure, 1_000, everyMs: 1);

        using var stop = new CancellationTokenSource();
        var busy = pressure.RestAfterAsync(TimeSpan.FromMilliseconds(50), stop.Token);
        var restingAtFirst = !busy.IsCompleted;
        var rested = await Task.WhenAny(busy, Task.Delay(TimeSpan.FromSeconds(30))) == busy;

        // 50 ms of work at 1,000 turns a second: 2 × 50 ms of rest, which ends by itself.
        Assert.Equal((true, true, true), (quiet.IsCompletedSuccessfully, restingAtFirst, rested && busy.IsCompletedSuccessfully));
    }

    private void Arrive(IngressPressure pressure, int turns, int everyMs)
    {
        for (var i = 0; i < turns; i++)
        {
            pressure.Arrived();
            _now += everyMs;
        }
    }
}
