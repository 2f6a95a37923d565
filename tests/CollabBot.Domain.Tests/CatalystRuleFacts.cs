using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Tests;

public sealed class CatalystRuleFacts
{
    private static CatalystSituation Ideate(double days = 5, int[]? byMember = null, int sectors = 3, int[]? weeks = null) =>
        new(Phase.Ideate, days, 21, byMember ?? [4, 4, 3], sectors, weeks ?? [10, 10, 10, 10], []);

    private static IEnumerable<CatalystRule> Rules(CatalystSituation s) => CatalystRules.Evaluate(s).Select(t => t.Rule);

    [Fact]
    public void A_healthy_ideate_phase_triggers_nothing() => Assert.Empty(Rules(Ideate()));

    [Theory]
    [InlineData(28, false)]
    [InlineData(28.1, true)]
    public void Urgency_fires_a_week_after_the_planned_end(double days, bool fires) =>
        Assert.Equal(fires, Rules(Ideate(days)).Contains(CatalystRule.Urgency));

    [Fact]
    public void One_dominant_voice_in_Ideate_is_tunnel_vision_and_the_signals_say_why()
    {
        var trigger = Assert.Single(CatalystRules.Evaluate(Ideate(byMember: [9, 2, 1])));

        Assert.Equal(CatalystRule.TunnelVision, trigger.Rule);
        Assert.Contains("12 contributions in 14 days", trigger.Signals);
    }

    [Fact]
    public void One_sector_only_is_tunnel_vision_but_a_quiet_week_is_not()
    {
        Assert.Contains(CatalystRule.TunnelVision, Rules(Ideate(byMember: [4, 4, 3], sectors: 1)));
        Assert.DoesNotContain(CatalystRule.TunnelVision, Rules(Ideate(byMember: [5, 1], sectors: 1)));
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
        Assert.Contains(CatalystRule.RiskRound, Rules(new CatalystSituation(Phase.Test, 21, 28, [], 0, [0, 0, 0, 0], [])));
        Assert.DoesNotContain(CatalystRule.RiskRound, Rules(new CatalystSituation(Phase.Test, 20, 28, [], 0, [0, 0, 0, 0], [])));
        Assert.Contains(CatalystRule.Ambassadors, Rules(new CatalystSituation(Phase.Spread, 3, 28, [], 0, [0, 0, 0, 0], [])));
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
