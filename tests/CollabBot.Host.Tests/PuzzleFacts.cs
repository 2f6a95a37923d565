using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class PuzzleFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "puzzles");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.SayAsync("ben", "join as citizen");
        await _playground.SayAsync("chloe", "join as business");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_puzzle_collects_answers_and_its_summary_names_nobody()
    {
        var card = Assert.Single(await _playground.SayAsync("ben", "puzzle Heat pumps or insulation first?"));
        Assert.Contains("Where do we differ?", card.CardJson());

        var thanks = Assert.Single(await _playground.ClickAsync("chloe", card.Id(), "answer", new { about = "differ", answer = "who pays for the pumps" }));
        Assert.Equal("onlyUser", thanks.Visibility());
        await _playground.SayAsync("ben", "puzzle answer 1 agree tenants need warm homes this winter");
        await _playground.SayAsync("ana", "puzzle answer 1 know what insulation saves per flat");

        var summary = Assert.Single(await _playground.SayAsync("ana", "puzzle close 1"));

        Assert.Equal("channel", summary.Visibility());
        var json = summary.CardJson();
        Assert.Contains("\"label\":\"What do we agree on?\",\"value\":\"\\u2022 tenants need warm homes this winter\"", json);
        Assert.Contains("who pays for the pumps", json);
        Assert.Contains("what insulation saves per flat", json);
        foreach (var name in new[] { "Ana", "Ben", "Chloe" })
        {
            Assert.DoesNotContain(name, summary.Text() + json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("closed", Assert.Single(await _playground.SayAsync("ben", "puzzle answer 1 agree late")).Text());
    }

    [Fact]
    public async Task Only_the_member_who_raised_a_puzzle_or_a_convener_closes_it()
    {
        await _playground.SayAsync("ben", "puzzle Heat pumps or insulation first?");
        await _playground.SayAsync("ben", "puzzle Who pays for the pumps?");

        var refused = Assert.Single(await _playground.SayAsync("chloe", "puzzle close 1"));

        Assert.Equal(("onlyUser", "Only the member who raised puzzle 1 or a convener can close it."), (refused.Visibility(), refused.Text()));
        Assert.StartsWith("Thanks, your answer", Assert.Single(await _playground.SayAsync("chloe", "puzzle answer 1 agree still open")).Text(), StringComparison.Ordinal);
        Assert.Equal("channel", Assert.Single(await _playground.SayAsync("ben", "puzzle close 1")).Visibility());
        Assert.Equal("channel", Assert.Single(await _playground.SayAsync("ana", "puzzle close 2")).Visibility());
    }
}
