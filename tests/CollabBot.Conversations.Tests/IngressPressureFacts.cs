namespace CollabBot.Conversations.Tests;

public sealed class IngressPressureFacts
{
    private long _now = 1_000_000;

    [Fact]
    public void A_trickle_of_turns_leaves_the_ingress_quiet()
    {
        var pressure = new IngressPressure(() => _now);

        // 40 turns a second for three seconds: a busy team, not a burst.
        for (var i = 0; i < 120; i++)
        {
            pressure.Arrived();
            _now += 25;
        }

        Assert.False(pressure.IsBusy);
    }

    [Fact]
    public void A_burst_makes_the_ingress_busy_until_a_second_after_it_ends()
    {
        var pressure = new IngressPressure(() => _now);

        // 1,000 turns a second for half a second.
        for (var i = 0; i < 500; i++)
        {
            pressure.Arrived();
            _now += 1;
        }

        var during = pressure.IsBusy;
        _now += 900;
        var shortlyAfter = pressure.IsBusy;
        _now += 200;
        var later = pressure.IsBusy;

        Assert.Equal((true, true, false), (during, shortlyAfter, later));
    }

    [Fact]
    public async Task Background_work_rests_only_while_the_ingress_is_busy()
    {
        var pressure = new IngressPressure(() => _now);
        var quiet = pressure.RestAfterAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        for (var i = 0; i < 500; i++)
        {
            pressure.Arrived();
            _now += 1;
        }

        using var stop = new CancellationTokenSource();
        var busy = pressure.RestAfterAsync(TimeSpan.FromMilliseconds(50), stop.Token);
        var restingAtFirst = !busy.IsCompleted;
        var rested = await Task.WhenAny(busy, Task.Delay(TimeSpan.FromSeconds(30))) == busy;

        // 50 ms of work: 8 × 50 ms = 400 ms of rest, which ends by itself.
        Assert.Equal((true, true, true), (quiet.IsCompletedSuccessfully, restingAtFirst, rested && busy.IsCompletedSuccessfully));
    }
}
