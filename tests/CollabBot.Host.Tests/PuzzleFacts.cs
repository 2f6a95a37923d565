using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class PuzzleFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "puzzles")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
    }

    [Fact]
    public async Task A_puzzle_collects_answers_and_its_summary_names_nobody()
    {
        var card = Assert.Single(await Playground.SayAsync("ben", "puzzle Heat pumps or insulation first?"));
        Assert.Contains("Where do we differ?", card.CardJson());

        var thanks = Assert.Single(await Playground.ClickAsync("chloe", card.Id(), "answer", new { about = "differ", answer = "who pays for the pumps" }));
        Assert.Equal("onlyUser", thanks.Visibility());
        await Playground.SayAsync("ben", "puzzle answer 1 agree tenants need warm homes this winter");
        await Playground.SayAsync("ana", "puzzle answer 1 know what insulation saves per flat");

        var summary = Assert.Single(await Playground.SayAsync("ana", "puzzle close 1"));

        Assert.Equal("channel", summary.Visibility());
        var json = summary.CardJson();
        Assert.Contains("\"label\":\"What do we agree on?\",\"value\":\"\\u2022 tenants need warm homes this winter\"", json);
        Assert.Contains("who pays for the pumps", json);
        Assert.Contains("what insulation saves per flat", json);
        foreach (var name in new[] { "Ana", "Ben", "Chloe" })
        {
            Assert.DoesNotContain(name, summary.Text() + json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("closed", Assert.Single(await Playground.SayAsync("ben", "puzzle answer 1 agree late")).Text());
    }

    [Fact]
    public async Task A_closed_puzzle_starts_a_proposal_that_carries_its_findings_and_its_need_to_know_items_become_actions()
    {
        await Playground.SayAsync("ben", "puzzle Heat pumps or insulation first?");
        await Playground.SayAsync("ben", "puzzle answer 1 agree tenants need warm homes this winter");
        await Playground.SayAsync("chloe", "puzzle answer 1 differ who pays for the pumps");
        await Playground.SayAsync("ana", "puzzle answer 1 know what insulation saves per flat");
        await Playground.SayAsync("chloe", "puzzle answer 1 know the grant deadline");
        Assert.Contains("Close joint puzzle 1 first", Assert.Single(await Playground.SayAsync("ana", "puzzle propose 1 We insulate first")).Text());

        var summary = Assert.Single(await Playground.SayAsync("ben", "puzzle close 1"));
        var buttons = summary!["card"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Start a proposal", "Action: the grant deadline", "Action: what insulation saves per flat"], buttons);
        var refused = Assert.Single(await Playground.ClickAsync("ana", summary.Id(), "propose"));
        Assert.Equal("Please fill in \"proposal\" first.", refused.Text());

        var proposal = Assert.Single(await Playground.ClickAsync("ana", summary.Id(), "propose", new { proposal = "We insulate Block C first closes 3d" }));
        var facts = proposal!["card"]!["facts"]!.AsArray().ToDictionary(f => f!["label"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("We insulate Block C first", proposal["card"]!["body"]!.GetValue<string>());
        Assert.Equal("Ana, from joint puzzle 1", facts["Proposed by"]);
        Assert.Equal(
            "We agree: tenants need warm homes this winter. We differ: who pays for the pumps. We would need to know: the grant deadline; what insulation saves per flat.",
            facts["What joint puzzle 1 found"]);

        var noted = await Playground.ClickAsync("chloe", summary.Id(), "action-2");
        Assert.StartsWith("From joint puzzle 1, action 1 is noted: 1. what insulation saves per flat (no owner yet)", Assert.Single(noted).Text());
        Assert.Equal("That is action 1 already. `actions` lists them.", Assert.Single(await Playground.SayAsync("ben", "puzzle action 1 2")).Text());
        var owned = await Playground.SayAsync("ben", "puzzle action 1 1 owner @chloe due 3d");
        Assert.StartsWith("From joint puzzle 1, action 2 is noted: 2. the grant deadline (Chloe, due ", Assert.Single(owned, m => m.Visibility() == "channel").Text());
        Assert.Contains("with n from 1 to 2", Assert.Single(await Playground.SayAsync("ben", "puzzle action 1 3")).Text());
        Assert.Contains("only `owner @member` and `due <date>` may follow", Assert.Single(await Playground.SayAsync("ben", "puzzle action 1 1 call them")).Text());
    }

    [Fact]
    public async Task Only_the_member_who_raised_a_puzzle_or_a_convener_closes_it()
    {
        await Playground.SayAsync("ben", "puzzle Heat pumps or insulation first?");
        await Playground.SayAsync("ben", "puzzle Who pays for the pumps?");

        var refused = Assert.Single(await Playground.SayAsync("chloe", "puzzle close 1"));

        Assert.Equal(("onlyUser", "Only the member who raised puzzle 1 or a convener can close it."), (refused.Visibility(), refused.Text()));
        Assert.StartsWith("Thanks, your answer", Assert.Single(await Playground.SayAsync("chloe", "puzzle answer 1 agree still open")).Text(), StringComparison.Ordinal);
        Assert.Equal("channel", Assert.Single(await Playground.SayAsync("ben", "puzzle close 1")).Visibility());
        Assert.Equal("channel", Assert.Single(await Playground.SayAsync("ana", "puzzle close 2")).Visibility());
    }
}
