using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Issue 27, item 4: milestones under the goal, wins tied to them, progress in `status` and the digest.</summary>
public abstract class BigWinFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "bigwin")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
    }

    [Fact]
    public async Task A_win_tied_to_a_milestone_counts_toward_the_big_win_in_status_and_the_digest()
    {
        Assert.StartsWith("A milestone is a step toward the big win; set the big win first", (await Playground.SayAsync("ana", "milestone 50 homes insulated"))[0].Text());
        await Playground.SayAsync("ana", "goal Every home warm by 2030");
        var set = Assert.Single(await Playground.SayAsync("ana", "milestone 50 homes insulated"));
        Assert.Equal("channel", set.Visibility());
        await Playground.SayAsync("ana", "milestone pilot funded");

        Assert.StartsWith("There is no milestone 3; the milestones are 1. 50 homes insulated, 2. pilot funded", (await Playground.SayAsync("ben", "win ten homes done for milestone 3"))[0].Text());
        Assert.StartsWith("Small win noted toward milestone 1 (50 homes insulated).", (await Playground.SayAsync("ben", "win ten homes done for milestone 1"))[0].Text());
        await Playground.SayAsync("ana", "win the tenants' survey is out");

        var status = Assert.Single(await Playground.SayAsync("ben", "status"));
        Assert.Contains("1 of 2 milestones with wins: 1. 50 homes insulated (1 win); 2. pilot funded (0 wins); 1 other win", status.CardJson());
        await Playground.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var digest = Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Contains("Warm Homes: toward the big win", digest.CardJson());
        Assert.Contains("1. 50 homes insulated (1 win)", digest.CardJson());
        Assert.DoesNotContain("ten homes done", digest.CardJson());
    }

    [Fact]
    public async Task Forget_me_erases_the_members_wins_from_the_progress_but_keeps_the_teams_milestones()
    {
        await Playground.SayAsync("ana", "goal Every home warm by 2030");
        await Playground.SayAsync("ana", "milestone 50 homes insulated");
        await Playground.SayAsync("ben", "win ten homes done for milestone 1");

        await Playground.SayAsync("ben", "forget me confirm");

        var progress = Assert.Single(await Playground.SayAsync("ana", "milestone")).Text();
        Assert.Equal("Toward the big win (Every home warm by 2030): 0 of 1 milestone with wins: 1. 50 homes insulated (0 wins).", progress);
    }
}

[Collection(HostCollection.Name)]
public sealed class SqliteBigWinFacts() : BigWinFacts(DatabaseProvider.Sqlite);

[Collection(HostCollection.Name)]
public sealed class PostgresBigWinFacts() : BigWinFacts(DatabaseProvider.Postgres);
