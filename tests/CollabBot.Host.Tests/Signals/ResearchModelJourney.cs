using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>
/// Issue 27, items 1 and 2, in the Playground over six weeks: the network stage moves forward on evidence (not on a
/// headcount in the first hour, not on a sponsor's role) and back when sectors drop away, each change told once with its
/// evidence; a citizen who goes quiet in Test is raised privately with the facilitator, with a suggestion; a citizen's
/// disagreement on an agreed decision is kept like a reservation.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ResearchModelJourney : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private TeamDriver _team = null!;
    private PlaygroundClient _lab = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "research");
        _app = new CollabBotApp(_database);
        _team = new TeamDriver(_app.Http());
        _lab = _team.In("lab");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_stage_moves_forward_and_back_on_evidence_a_phase_end_is_looked_back_on_a_win_counts_toward_a_milestone_and_a_fading_citizen_is_raised_in_Test()
    {
        var start = await _team.NowAsync();
        await SetUpAsync();

        // Day 0: everyone joined and spoke in the first hour, and decided together. Still getting started.
        var outcome = Assert.Single(await _lab.SayAsync("ana", "close 1"), m => m.Text().StartsWith("Proposal 1 is", StringComparison.Ordinal));
        Assert.Contains("• Disagreement by Ben (citizen or end user), kept like a reservation: too loud for the street", outcome.Text());
        await _team.ChatAsync("lab", "ana", "fay", "ben", "chloe", "dev");
        Assert.Contains("Getting started: challenge and goal stated; commitments from 2 sectors", await StatusAsync("ben"));

        // A sponsor's role is not evidence of reaching out.
        await _lab.SayAsync("sam", "join as public");
        await _lab.SayAsync("ana", "role @Sam sponsor");
        Assert.DoesNotContain("Reaching out", await StatusAsync("ana"));
        Assert.StartsWith("Only a sponsor can endorse", Assert.Single(await _lab.SayAsync("dev", "endorse the pilot")).Text());

        // Weeks 1-3: five sectors take part every day. In week 2 the work reaches the district council.
        await UntilAsync(start, 10, Everyone);
        Assert.StartsWith("Noted: you shared the work outside the team.", Assert.Single(await _lab.SayAsync("dev", "shared at the district council's housing committee")).Text());
        await _lab.SayAsync("ana", "phase next confirm");

        // The end of Understand opens a look back; a win counts toward the big win's first milestone.
        await _lab.SayAsync("ana", "milestone 50 homes insulated");
        await _lab.SayAsync("chloe", "retro the housing data is patchy; it is about trust; the kitchen-table talks");
        Assert.StartsWith("Small win noted toward milestone 1 (50 homes insulated).", (await _lab.SayAsync("dev", "win ten homes done for milestone 1"))[0]!.Text());
        await UntilAsync(start, 17, Everyone);
        Assert.Single(await _team.SinceAsync(0), m => m.Visibility() == "channel" && m.Text().StartsWith("Looking back on Understand (1 answer)", StringComparison.Ordinal));
        await _lab.SayAsync("ana", "phase next confirm");
        Assert.Contains("Reaching out:", await StatusAsync("chloe"));
        Assert.Contains("1. 50 homes insulated (1 win)", Assert.Single(await _lab.SayAsync("chloe", "status")).CardJson());
        await UntilAsync(start, 21, Everyone);

        // From day 21 the citizen, business and the NGO fall silent; the public agency and the university carry on.
        await UntilAsync(start, 44, () => _team.ChatAsync("lab", "ana", "fay", "ana", "fay"));

        var all = await _team.SinceAsync(0);
        var stages = all.Where(m => m.Visibility() == "channel" && m.Text().StartsWith("Warm Homes is", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, stages.Count);
        Assert.StartsWith("Warm Homes is now working together (it was getting started): challenge and goal stated; commitments from 2 sectors", stages[0].Text());
        Assert.Contains("5 sectors took part in at least 2 of the last 4 weeks", stages[0].Text());
        Assert.Contains("the last decision drew 5 of 5", stages[0].Text());
        Assert.StartsWith("Warm Homes is now reaching out (it was working together):", stages[1].Text());
        Assert.Contains("shared at 1 place (latest: at the district council's housing committee)", stages[1].Text());
        Assert.StartsWith("Warm Homes is back to getting started (it was reaching out):", stages[2].Text());
        Assert.Contains("2 sectors took part in at least 2 of the last 4 weeks (public agency, knowledge institution); working together needs 3", stages[2].Text());
        Assert.Contains("Getting started:", await StatusAsync("ana"));

        // The citizen's fading voice reached the facilitator privately, once, in Test, with a suggestion; never the channel.
        var raised = all.Where(m => m.Text().StartsWith("Your weekly summary", StringComparison.Ordinal) && m.CardJson().Contains("Citizen voice", StringComparison.Ordinal)).ToList();
        var summary = Assert.Single(raised);
        Assert.Equal(("direct", "fay"), (summary.Visibility(), summary.To()));
        Assert.Contains("the citizen voice is fading", summary.Text());
        Assert.Contains("citizens and end users (Ben) are 20% of the members but made 0% and 0% of the contributions in the last two weeks (in Test so far: ", summary.CardJson());
        Assert.Contains("try the prototype", summary.CardJson());
        Assert.DoesNotContain(all, m => m.Visibility() == "channel" && m.Text().Contains("Ben", StringComparison.Ordinal) && m.Text().Contains("citizen voice", StringComparison.OrdinalIgnoreCase));

        // On demand, the facilitator sees the share against the members', per phase and week.
        var health = Assert.Single(await _lab.SayAsync("fay", "health"));
        Assert.Contains("\"label\":\"Citizen voice\",\"value\":\"20% of the members; ", health.CardJson());
        Assert.Contains("of the contributions in Test so far, 0% and 0% in the last two weeks (fading)", health.CardJson());
    }

    private async Task SetUpAsync()
    {
        await _lab.SayAsync("ana", "start Warm Homes");
        foreach (var (member, sector) in new[] { ("ana", "public"), ("fay", "knowledge"), ("ben", "citizen"), ("chloe", "business"), ("dev", "ngo") })
        {
            await _lab.SayAsync(member, $"join as {sector}");
        }

        await _lab.SayAsync("ana", "role @Fay facilitator");
        await _lab.SayAsync("ana", "challenge Too many homes in the district are cold");
        var before = await StatusAsync("ana");
        Assert.StartsWith("Getting started: goal not stated yet; no commitments yet;", before, StringComparison.Ordinal);
        Assert.EndsWith("Next: Name the big win with `goal <text>`.", before, StringComparison.Ordinal);
        await _lab.SayAsync("ana", "goal Every home warm by 2030");
        await _lab.SayAsync("ana", "commit a pilot street; our housing data");
        await _lab.SayAsync("chloe", "commit customers for insulation; two fitters");
        await _lab.SayAsync("ana", "propose We start with one street closes 3d");
        foreach (var member in new[] { "ana", "fay", "chloe", "dev" })
        {
            await _lab.SayAsync(member, "vote 1 agree");
        }

        await _lab.SayAsync("ben", "vote 1 disagree too loud for the street");
    }

    private Task Everyone() => _team.ChatAsync("lab", "ana", "fay", "ana", "fay", "ben", "chloe", "dev");

    /// <summary>Day by day to 08:00 UTC on day <paramref name="day"/> after <paramref name="start"/>, the team doing <paramref name="eachDay"/> before each day.</summary>
    private Task UntilAsync(DateTimeOffset start, int day, Func<Task> eachDay) =>
        _team.AdvanceToAsync(new DateTimeOffset(start.UtcDateTime.Date.AddDays(day).AddHours(8), TimeSpan.Zero), eachDay);

    private async Task<string> StatusAsync(string member)
    {
        var status = Assert.Single(await _lab.SayAsync(member, "status"));
        var fact = status!["card"]!["facts"]!.AsArray().Single(f => f!["label"]!.GetValue<string>() == "How far the team reaches");
        return fact!["value"]!.GetValue<string>();
    }
}
