using System.Net;
using System.Net.Http.Json;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ClockAndJobsFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "clock")
{
    [Fact]
    public async Task An_overrun_phase_gets_one_nudge_in_its_channel_however_long_the_clock_runs()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        var (_, cursor) = await Playground.OutboxAsync();

        var before = await Playground.AdvanceAsync("P20D");
        Assert.Empty(await OverrunNudgesAsync(cursor));

        var after = await Playground.AdvanceAsync("P10D");
        await Playground.AdvanceAsync("P7D");

        Assert.True(after - before >= TimeSpan.FromDays(10));
        var nudge = Assert.Single(await OverrunNudgesAsync(cursor));
        Assert.Equal("channel", nudge.Visibility());
        Assert.StartsWith("Understand has run 21 days against 21 planned.", nudge.Text());
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode?>> OverrunNudgesAsync(long cursor) =>
        (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Understand has run", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Commands_see_the_virtual_clock()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.AdvanceAsync("P3DT1H");

        var status = Assert.Single(await Playground.SayAsync("ana", "status"));

        Assert.Contains("Understand, day 4 of 21", status.CardJson());
    }

    [Theory]
    [InlineData("7 days")]
    [InlineData("-P1D")]
    [InlineData("P400D")]
    [InlineData("")]
    public async Task A_bad_duration_is_a_400_naming_advance(string advance)
    {
        var response = await App.Http().PostAsJsonAsync("/api/playground/clock", new { advance });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("advance", await response.Content.ReadAsStringAsync());
    }
}
