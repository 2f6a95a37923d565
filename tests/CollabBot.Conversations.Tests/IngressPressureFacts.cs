namespace CollabBot.Conversations.Tests;

public sealed class IngressPressureFacts
{
    private long _now = 1_000_000;

    [Fact]
    public void A_trickle_of_turns_leaves_the_ingress_quiet()
    {
        var pressure = new IngressPressure(() => _now);

        // 800 turns a second for three seconds: many busy teams, still less than the worker could nearly keep up with.
        for (var i = 0; i < 2_400; i++)
        {
            pressure.Arrived();
            _now += i % 4 == 0 ? 2 : 1;
        }

        Assert.False(pressure.IsBusy);
    }

    [Fact]
    public void A_burst_makes_the_ingress_busy_until_a_second_after_it_ends()
    {
        var pressure = new IngressPressure(() => _now);

        // 2,000 turns a second for half a second.
        for (var i = 0; i < 1_000; i++)
        {
            pressure.Arrived();
            _now += i % 2;
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

        for (var i = 0; i < 1_000; i++)
        {
            pressure.Arrived();
            _now += i % 2;
        }

        using var stop = new CancellationTokenSource();
        var busy = pressure.RestAfterAsync(TimeSpan.FromMilliseconds(50), stop.Token);
        var restingAtFirst = !busy.IsCompleted;
        var rested = await Task.WhenAny(busy, Task.Delay(TimeSpan.FromSeconds(30))) == busy;

        // 50 ms of work: 8 × 50 ms = 400 ms of rest, which ends by itself.
        Assert.Equal((true, true, true), (quiet.IsCompletedSuccessfully, restingAtFirst, rested && busy.IsCompletedSuccessfully));
    }
}
