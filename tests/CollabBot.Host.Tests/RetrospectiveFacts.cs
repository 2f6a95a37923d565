using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Issue 27, item 6: `phase next` opens a look back; members answer privately for three days on the Playground's clock;
/// one summary that names nobody goes to the channel and stays in `status`, the digest and the team export.
/// </summary>
public abstract class RetrospectiveFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "retro")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
    }

    [Fact]
    public async Task A_phase_end_gathers_private_answers_for_three_days_then_posts_one_summary_that_names_nobody()
    {
        var moved = Assert.Single(await Playground.SayAsync("ana", "phase next confirm"));
        Assert.Equal("channel", moved.Visibility());
        Assert.Contains("what did we learn, has our view of the problem changed, what do we keep doing?", moved.Text());

        var answered = Assert.Single(await Playground.SayAsync("ben", "retro tenants fear rent rises; it is about trust, not technology; the kitchen-table talks"));
        Assert.Equal("onlyUser", answered.Visibility());
        Assert.StartsWith("Thank you: your look back on Understand is noted.", answered.Text());
        await Playground.SayAsync("chloe", "retro the housing data is patchy");
        await Playground.SayAsync("chloe", "retro the housing data is patchy; ; weekly calls");
        Assert.Contains("looking back on Understand until", Assert.Single(await Playground.SayAsync("ana", "status")).CardJson());
        Assert.Contains("2 answers so far", Assert.Single(await Playground.SayAsync("ana", "status")).CardJson());
        var mine = (await Playground.SayAsync("ben", "export")).Select(m => m!["file"]).First(f => f is not null)!;
        Assert.Contains("it is about trust, not technology", await Playground.Http.GetStringAsync(mine["downloadUrl"]!.GetValue<string>()));
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P3DT2H");

        var posted = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Looking back on", StringComparison.Ordinal)).ToList();
        var summary = Assert.Single(posted);
        Assert.Equal("channel", summary.Visibility());
        Assert.Equal(
            "Looking back on Understand (2 answers):\nWhat we learned: tenants fear rent rises; the housing data is patchy\n"
            + "How our view of the problem changed: it is about trust, not technology\nWhat we keep doing: the kitchen-table talks; weekly calls",
            summary.Text());
        Assert.DoesNotContain("Ben", summary.Text());
        Assert.DoesNotContain("Chloe", summary.Text());
        Assert.StartsWith("There is no look back open now", Assert.Single(await Playground.SayAsync("ben", "retro one more")).Text());

        Assert.Contains("What we learned: tenants fear rent rises", Assert.Single(await Playground.SayAsync("ben", "status")).CardJson());
        await Playground.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var digest = Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Contains("What we keep doing: the kitchen-table talks; weekly calls", digest.CardJson());
        var file = (await Playground.SayAsync("ana", "export team")).Select(m => m!["file"]).First(f => f?["name"]?.GetValue<string>() == "collabbot-team.json")!;
        var team = JsonNode.Parse(await Playground.Http.GetStringAsync(file["downloadUrl"]!.GetValue<string>()))!;
        var row = Assert.Single(team["lookingBack"]!.AsArray());
        Assert.Equal(("Understand", 2), (row!["phase"]!.GetValue<string>(), row["answers"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Nobody_answering_posts_nothing_and_forget_me_erases_a_pending_answer()
    {
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ben", "retro tenants fear rent rises");
        await Playground.SayAsync("ben", "forget me confirm");
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P3DT2H");

        Assert.DoesNotContain((await Playground.OutboxAsync(cursor)).Messages, m => m.Text().StartsWith("Looking back on", StringComparison.Ordinal));
        Assert.Contains("Nobody looked back on Understand.", Assert.Single(await Playground.SayAsync("ana", "status")).CardJson());
    }
}

[Collection(HostCollection.Name)]
public sealed class SqliteRetrospectiveFacts() : RetrospectiveFacts(DatabaseProvider.Sqlite);

[Collection(HostCollection.Name)]
public sealed class PostgresRetrospectiveFacts() : RetrospectiveFacts(DatabaseProvider.Postgres);
