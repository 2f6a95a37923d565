using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class CatalystJourney() : PlaygroundScenario(DatabaseProvider.Sqlite, "catalyst")
{
    [Fact]
    public async Task A_one_voice_Ideate_that_stalls_gets_tunnel_vision_then_urgency_each_logged_with_its_effect_and_mutable()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "challenge Cold homes");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
        Assert.Contains("to Ideate", (await Playground.SayAsync("ana", "phase next confirm"))[0]!.Text());
        var (_, cursor) = await Playground.OutboxAsync();

        // Tunnel vision reads where the ideas come from (issue 28, point 1): three of every four from one person.
        for (var day = 0; day < 14; day++)
        {
            await IdeasAsync("ana", 3, day);
            await IdeasAsync(day % 2 == 0 ? "ben" : "chloe", 1, day);
            await Playground.AdvanceAsync("P1D");
        }

        await Playground.AdvanceAsync("P16D");
        var channel = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Visibility() == "channel").Select(m => m.Text()).ToList();
        var catalysts = channel.Where(t => !t.StartsWith("Ideate has run", StringComparison.Ordinal)).ToList();
        // Tunnel vision fires again once its 14-day cool-down is over, in other words.
        var tunnel = catalysts.Where(t => t.Contains("perspective", StringComparison.Ordinal) || t.Contains("missing", StringComparison.Ordinal) || t.Contains("outside actor", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tunnel.Count);
        Assert.NotEqual(tunnel[0], tunnel[1]);
        Assert.Single(catalysts, t => t.Contains("past its plan", StringComparison.Ordinal) || t.Contains("window of opportunity", StringComparison.Ordinal) || t.Contains("over the time", StringComparison.Ordinal));
        Assert.DoesNotContain(catalysts, t => t.Contains("Ana", StringComparison.Ordinal) || t.Contains("Ben", StringComparison.Ordinal));

        var log = Assert.Single(await Playground.SayAsync("ben", "catalyst"));
        Assert.Equal("3 recent catalyst interventions.", log.Text());
        Assert.Contains("in the week before", log.CardJson()); // tunnel vision fired more than a week ago: effect measured
        Assert.Matches("because Ideate at day 2[89] of 21 planned", log.CardJson());

        Assert.Equal("Only a convener can mute or unmute catalyst interventions.", (await Playground.SayAsync("ben", "catalyst mute urgency"))[0]!.Text());
        Assert.Equal("The urgency intervention is muted.", (await Playground.SayAsync("ana", "catalyst mute urgency"))[0]!.Text());
        var (_, afterMute) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P10D");
        Assert.DoesNotContain((await Playground.OutboxAsync(afterMute)).Messages, m => m.Visibility() == "channel" && m.Text().Contains("past its plan", StringComparison.Ordinal));
    }

    private async Task IdeasAsync(string member, int times, int day)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.StartsWith("Idea ", (await Playground.SayAsync(member, $"idea number {i} of day {day} from {member}"))[0]!.Text());
        }
    }
}
