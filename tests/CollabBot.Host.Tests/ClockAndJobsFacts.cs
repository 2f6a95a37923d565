using System.Net;
using System.Net.Http.Json;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class ClockAndJobsFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "clock");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_overrun_phase_gets_one_nudge_in_its_channel_however_long_the_clock_runs()
    {
        await _playground.SayAsync("ana", "start Warm Homes");
        var (_, cursor) = await _playground.OutboxAsync();

        var before = await _playground.AdvanceAsync("P20D");
        Assert.Empty(await OverrunNudgesAsync(cursor));

        var after = await _playground.AdvanceAsync("P10D");
        await _playground.AdvanceAsync("P7D");

        Assert.True(after - before >= TimeSpan.FromDays(10));
        var nudge = Assert.Single(await OverrunNudgesAsync(cursor));
        Assert.Equal("channel", nudge.Visibility());
        Assert.StartsWith("Understand has run 21 days against 21 planned.", nudge.Text());
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode?>> OverrunNudgesAsync(long cursor) =>
        (await _playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Understand has run", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Commands_see_the_virtual_clock()
    {
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.AdvanceAsync("P3DT1H");

        var status = Assert.Single(await _playground.SayAsync("ana", "status"));

        Assert.Contains("Understand, day 4 of 21", status.CardJson());
    }

    [Theory]
    [InlineData("7 days")]
    [InlineData("-P1D")]
    [InlineData("P400D")]
    [InlineData("")]
    public async Task A_bad_duration_is_a_400_naming_advance(string advance)
    {
        var response = await _app.Http().PostAsJsonAsync("/api/playground/clock", new { advance });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("advance", await response.Content.ReadAsStringAsync());
    }
}
