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
    public async Task Background_work_rests_only_while_the_ingress_is_busy_and_the_work_keeps_up()
    {
        var pressure = new IngressPressure(() => _now);
        var quiet = pressure.RestAfterAsync(BackgroundStage.Turns, TimeSpan.FromSeconds(1), CancellationToken.None);

        // 1,000 turns a second, each handled as it arrives.
        Arrive(pressure, 1_000, everyMs: 1, handled: 1);

        using var stop = new CancellationTokenSource();
        var busy = pressure.RestAfterAsync(BackgroundStage.Turns, TimeSpan.FromMilliseconds(50), stop.Token);
        var restingAtFirst = !busy.IsCompleted;
        var rested = await Task.WhenAny(busy, Task.Delay(TimeSpan.FromSeconds(30))) == busy;

        // 50 ms of work at 1,000 turns a second: 2 × 50 ms of rest, which ends by itself.
        Assert.Equal((true, true, true), (quiet.IsCompletedSuccessfully, restingAtFirst, rested && busy.IsCompletedSuccessfully));
    }

    [Fact]
    public void A_stage_that_falls_behind_the_arrivals_does_not_rest_and_one_that_keeps_up_does()
    {
        var pressure = new IngressPressure(() => _now);

        // 1,000 turns a second: the worker handles every one, the dispatcher sends one message for every two.
        for (var i = 0; i < 1_000; i++)
        {
            pressure.Arrived();
            pressure.Done(BackgroundStage.Turns);
            if (i % 2 == 0)
            {
                pressure.Done(BackgroundStage.Deliveries);
            }

            _now += 1;
        }

        Assert.Equal((true, true, false), (pressure.IsBusy, pressure.ShouldYield(BackgroundStage.Turns), pressure.ShouldYield(BackgroundStage.Deliveries)));
        Assert.True(pressure.RestAfterAsync(BackgroundStage.Deliveries, TimeSpan.FromSeconds(10), CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void Nothing_yields_once_the_ingress_has_been_quiet_for_a_second()
    {
        var pressure = new IngressPressure(() => _now);
        Arrive(pressure, 1_000, everyMs: 1, handled: 1);
        _now += 1_100;

        Assert.Equal((false, false), (pressure.ShouldYield(BackgroundStage.Turns), pressure.ShouldYield(BackgroundStage.Deliveries)));
    }

    private void Arrive(IngressPressure pressure, int turns, int everyMs, int handled = 0)
    {
        for (var i = 0; i < turns; i++)
        {
            pressure.Arrived();
            for (var h = 0; h < handled; h++)
            {
                pressure.Done(BackgroundStage.Turns);
            }

            _now += everyMs;
        }
    }
}
