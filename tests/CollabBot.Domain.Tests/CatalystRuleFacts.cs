using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Tests;

public sealed class CatalystRuleFacts
{
    private static readonly Sector[] ThreeSectors = [Sector.PublicAgency, Sector.Citizen, Sector.PrivateBusiness];

    /// <summary>Ideas from several people of three sectors: a healthy Ideate.</summary>
    private static readonly IdeaOrigin[] Spread =
    [
        Idea(1, Sector.PublicAgency), Idea(2, Sector.Citizen), Idea(3, Sector.PrivateBusiness), Idea(4, Sector.PublicAgency), Idea(1, Sector.PublicAgency),
    ];

    private static CatalystSituation Ideate(double days = 5, IdeaOrigin[]? ideas = null, Sector[]? sectors = null, int[]? weeks = null) =>
        new(Phase.Ideate, days, 21, ideas ?? Spread, sectors ?? ThreeSectors, 6, weeks ?? [10, 10, 10, 10], []);

    private static IdeaOrigin Idea(int author, Sector sector) => new(new Guid(author, 0, 0, new byte[8]), sector);

    private static IEnumerable<CatalystRule> Rules(CatalystSituation s) => CatalystRules.Evaluate(s).Select(t => t.Rule);

    [Fact]
    public void A_healthy_ideate_phase_triggers_nothing() => Assert.Empty(Rules(Ideate()));

    [Theory]
    [InlineData(28, false)]
    [InlineData(28.1, true)]
    public void Urgency_fires_a_week_after_the_planned_end(double days, bool fires) =>
        Assert.Equal(fires, Rules(Ideate(days)).Contains(CatalystRule.Urgency));

    [Fact]
    public void Ideas_mostly_from_one_person_are_tunnel_vision_and_name_the_silent_sectors_not_the_person()
    {
        IdeaOrigin[] ideas = [Idea(1, Sector.PublicAgency), Idea(1, Sector.PublicAgency), Idea(1, Sector.PublicAgency), Idea(2, Sector.PrivateBusiness), Idea(3, Sector.PrivateBusiness)];

        var trigger = Assert.Single(CatalystRules.Evaluate(Ideate(ideas: ideas)));

        Assert.Equal(CatalystRule.TunnelVision, trigger.Rule);
        Assert.Equal([Sector.Citizen], trigger.Missing!.Sectors);
        Assert.True(trigger.Missing.InTeam);
        Assert.Equal("5 ideas in 14 days from 3 people (the most from one: 60 %) in 2 sectors; none from citizen / end user", trigger.Signals);
    }

    [Fact]
    public void Four_ideas_are_too_few_to_judge_even_from_one_person()
    {
        Assert.DoesNotContain(CatalystRule.TunnelVision, Rules(Ideate(ideas: [.. Enumerable.Repeat(Idea(1, Sector.PublicAgency), 4)])));
        Assert.Contains(CatalystRule.TunnelVision, Rules(Ideate(ideas: [.. Enumerable.Repeat(Idea(1, Sector.PublicAgency), 5)])));
    }

    [Fact]
    public void Ideas_from_five_people_of_one_sector_are_tunnel_vision_with_the_other_sectors_missing()
    {
        var trigger = Assert.Single(CatalystRules.Evaluate(Ideate(ideas: [.. Enumerable.Range(1, 5).Select(n => Idea(n, Sector.PublicAgency))])));

        Assert.Equal([Sector.PrivateBusiness, Sector.Citizen], trigger.Missing!.Sectors);
        Assert.True(trigger.Missing.InTeam);
    }

    [Fact]
    public void Two_people_sharing_the_ideas_of_a_team_of_six_are_few_voices_even_at_half_each()
    {
        IdeaOrigin[] ideas = [Idea(1, Sector.PublicAgency), Idea(2, Sector.Citizen), Idea(1, Sector.PublicAgency), Idea(2, Sector.Citizen), Idea(1, Sector.PublicAgency), Idea(2, Sector.Citizen)];

        var trigger = Assert.Single(CatalystRules.Evaluate(Ideate(ideas: ideas)));

        Assert.Equal([Sector.PrivateBusiness], trigger.Missing!.Sectors);
    }

    [Fact]
    public void When_every_sector_of_the_team_gave_ideas_the_missing_perspective_is_the_sectors_the_team_lacks()
    {
        IdeaOrigin[] ideas = [Idea(1, Sector.PublicAgency), Idea(1, Sector.PublicAgency), Idea(1, Sector.PublicAgency), Idea(2, Sector.Citizen), Idea(3, Sector.PrivateBusiness)];

        var missing = Assert.Single(CatalystRules.Evaluate(Ideate(ideas: ideas, sectors: [Sector.PublicAgency, Sector.Citizen, Sector.PrivateBusiness, Sector.PublicAgency]))).Missing!;
        IdeaOrigin[] everySector = [.. Enumerable.Repeat(Idea(1, Sector.PublicAgency), 6), .. Enum.GetValues<Sector>().Skip(1).Select((s, i) => Idea(i + 2, s))];
        var allFive = Assert.Single(CatalystRules.Evaluate(Ideate(ideas: everySector, sectors: Enum.GetValues<Sector>()))).Missing;

        Assert.Equal([Sector.CivilSociety, Sector.KnowledgeInstitution], missing.Sectors);
        Assert.False(missing.InTeam);
        Assert.Null(allFive);
    }

    [Fact]
    public void Message_volume_alone_is_never_tunnel_vision_and_ideas_are_judged_only_in_Ideate()
    {
        var loudButSpread = Ideate(weeks: [90, 95, 99, 120]);
        var oneVoice = Ideate(ideas: [.. Enumerable.Repeat(Idea(1, Sector.PublicAgency), 8)]);

        Assert.DoesNotContain(CatalystRule.TunnelVision, Rules(loudButSpread));
        Assert.DoesNotContain(CatalystRule.TunnelVision, Rules(oneVoice with { Phase = Phase.Test, PlannedDays = 28 }));
        Assert.DoesNotContain(CatalystRule.TunnelVision, Rules(oneVoice with { Phase = Phase.Understand }));
    }

    [Fact]
    public void Three_falling_weeks_after_three_weeks_in_the_phase_call_for_a_new_venue()
    {
        Assert.Contains(CatalystRule.NewVenue, Rules(Ideate(days: 21, weeks: [12, 9, 6, 3])));
        Assert.DoesNotContain(CatalystRule.NewVenue, Rules(Ideate(days: 20, weeks: [12, 9, 6, 3])));
        Assert.DoesNotContain(CatalystRule.NewVenue, Rules(Ideate(days: 21, weeks: [12, 9, 9, 3])));
    }

    [Fact]
    public void A_risk_round_comes_in_the_last_week_of_Test_and_ambassadors_from_day_three_of_Spread()
    {
        Assert.Contains(CatalystRule.RiskRound, Rules(new CatalystSituation(Phase.Test, 21, 28, [], [], 0, [0, 0, 0, 0], [])));
        Assert.DoesNotContain(CatalystRule.RiskRound, Rules(new CatalystSituation(Phase.Test, 20, 28, [], [], 0, [0, 0, 0, 0], [])));
        Assert.Contains(CatalystRule.Ambassadors, Rules(new CatalystSituation(Phase.Spread, 3, 28, [], [], 0, [0, 0, 0, 0], [])));
    }

    [Fact]
    public void A_decision_recorded_as_fast_consensus_asks_for_a_devils_advocate_and_names_it()
    {
        var quiet = Ideate() with { Phase = Phase.Understand };
        Assert.DoesNotContain(CatalystRule.TooFastConsensus, Rules(quiet));

        var trigger = Assert.Single(CatalystRules.Evaluate(quiet with { FastConsensusDecisions = [4, 2] }));
        Assert.Equal(CatalystRule.TooFastConsensus, trigger.Rule);
        Assert.Contains("proposal 2, 4 agreed by everyone within an hour", trigger.Signals);
    }
}
