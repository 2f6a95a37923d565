using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Issue 27, item 5 and issue 28, point 6 in the Playground: each checklist item reads what the team recorded, an item the
/// bot cannot see says "not tracked" and is left out of "N of M met", and conveners set planned phase lengths. On each
/// provider: the digest reads the evidence of all its collaborations in grouped queries.
/// </summary>
[Collection(HostCollection.Name)]
public abstract class PhaseEvidenceFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "phase-evidence")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
        await Playground.SayAsync("ana", "challenge Too many households cannot heat their homes");
    }

    [Fact]
    public async Task Key_terms_are_defined_once_the_team_agreed_a_glossary_term()
    {
        Assert.Contains("✗: Key terms defined", Facts(Single(await Playground.SayAsync("ben", "phase"))));
        Assert.Equal("2 of 3 met; missing: key terms defined", Fact(Single(await Playground.SayAsync("ben", "status")), "Checklist"));

        await Playground.SayAsync("ben", "define energy poverty: a household that cannot keep warm for 10% of its income");
        await Playground.SayAsync("ana", "confirm energy poverty");

        Assert.Contains("✓: Key terms defined", Facts(Single(await Playground.SayAsync("ben", "phase"))));
        Assert.Equal("3 of 3 met", Fact(Single(await Playground.SayAsync("ben", "status")), "Checklist"));
    }

    [Fact]
    public async Task Ideate_counts_ideas_by_author_and_sector_not_check_in_answers_or_chatter()
    {
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ana", "idea a repair café every month");
        await Playground.SayAsync("ben", "idea heat pumps for block C");
        await Playground.SayAsync("ben", "win the survey went out");
        await Playground.SayAsync("chloe", "I like both of these");

        Assert.Contains("✗: Ideas from several members and sectors, not one voice", Facts(Single(await Playground.SayAsync("ana", "phase"))));

        await Playground.SayAsync("chloe", "idea a shared energy advisor");

        Assert.Contains("✓: Ideas from several members and sectors, not one voice", Facts(Single(await Playground.SayAsync("ana", "phase"))));
    }

    [Fact]
    public async Task Test_reads_the_chosen_prototype_and_owned_risks_and_says_gains_and_costs_are_not_tracked()
    {
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ana", "role @Ana convener,facilitator");
        await Playground.SayAsync("ana", "digest to me every friday 15:00");

        var before = Facts(Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.")!);
        Assert.Contains("Warm Homes: checklist: 0 of 2 met; missing: a chosen prototype; risks talked through, each with an owner; not tracked: gains and costs: who carries which", before);
        Assert.Contains("–: Gains and costs: who carries which (not tracked: the team judges)", Facts(Single(await Playground.SayAsync("ben", "phase"))));

        await Playground.SayAsync("ana", "propose substantive: We test the repair café in block C closes 2d");
        await Playground.SayAsync("ben", "vote 1 agree");
        await Playground.SayAsync("chloe", "vote 1 agree");
        await Playground.SayAsync("ana", "close 1");
        await Playground.SayAsync("ana", "risk tenants fear rent rises owner @ben");

        var after = Facts(Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.")!);
        Assert.Contains("Warm Homes: checklist: 2 of 2 met; not tracked: gains and costs: who carries which", after);
        Assert.Equal("2 of 2 met; not tracked: gains and costs: who carries which", Fact(Single(await Playground.SayAsync("ben", "status")), "Checklist"));

        // An unowned risk unsettles the item again.
        await Playground.SayAsync("chloe", "risk the landlord withdraws");
        Assert.Contains("✗: Risks talked through, each with an owner", Facts(Single(await Playground.SayAsync("ben", "phase"))));
    }

    [Fact]
    public async Task Spread_reads_where_members_shared_the_work()
    {
        for (var i = 0; i < 4; i++)
        {
            await Playground.SayAsync("ana", "phase next confirm");
        }

        Assert.Contains("✗: Members report where they shared the solution", Facts(Single(await Playground.SayAsync("ben", "phase"))));
        await Playground.SayAsync("ben", "shared at the tenants' association meeting");
        Assert.Contains("✓: Members report where they shared the solution", Facts(Single(await Playground.SayAsync("ben", "phase"))));
    }

    [Fact]
    public async Task Conveners_set_the_planned_length_of_a_phase_in_weeks_or_days()
    {
        Assert.Equal("Only a convener can change how long a phase is planned to last.", Single(await Playground.SayAsync("ben", "phase plan ideate 6 weeks")).Text());
        Assert.StartsWith("Write the phase and a number of weeks or days", Single(await Playground.SayAsync("ana", "phase plan brainstorm 6 weeks")).Text());
        Assert.StartsWith("A phase lasts between 1 and 3650 days", Single(await Playground.SayAsync("ana", "phase plan test 0 days")).Text());

        var set = Single(await Playground.SayAsync("ana", "phase plan ideate 6 weeks"));
        Assert.Equal(("onlyUser", "Ideate is now planned for 6 weeks."), (set.Visibility(), set.Text()));
        Assert.Equal("Understand is now planned for 10 days. Warm Homes is on day 1 of it.", Single(await Playground.SayAsync("ana", "phase plan understand 10 days")).Text());
        Assert.StartsWith("Planned lengths in Warm Homes: Understand 10 days, Ideate 6 weeks, Test 4 weeks,", Single(await Playground.SayAsync("ben", "phase plan")).Text());

        await Playground.SayAsync("ana", "phase next confirm");
        Assert.Contains("Day: 1 of 42 planned", Facts(Single(await Playground.SayAsync("ben", "phase"))));
        Assert.Equal("Ideate, day 1 of 42", Fact(Single(await Playground.SayAsync("ben", "status")), "Phase"));
    }

    private static List<string> Facts(JsonNode message) =>
        message["card"]!["facts"]!.AsArray().Select(f => $"{f!["label"]!.GetValue<string>()}: {f["value"]!.GetValue<string>()}").ToList();

    private static string Fact(JsonNode message, string label) =>
        message["card"]!["facts"]!.AsArray().Single(f => f!["label"]!.GetValue<string>() == label)!["value"]!.GetValue<string>();

    private static JsonNode Single(JsonArray replies) => Assert.Single(replies)!;
}

public sealed class SqlitePhaseEvidenceFacts() : PhaseEvidenceFacts(DatabaseProvider.Sqlite);

public sealed class PostgresPhaseEvidenceFacts() : PhaseEvidenceFacts(DatabaseProvider.Postgres);
