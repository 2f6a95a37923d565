using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Tests;

public sealed class FadeRuleFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday.AddDays(120);

    private static MemberActivity Activity(int recent = 6, int baseline = 18, int joinedDaysAgo = 100, bool away = false, int missed = 0, int? lastDaysAgo = 1) =>
        new(Guid.NewGuid(), Now.AddDays(-joinedDaysAgo), away, recent, baseline, lastDaysAgo is { } d ? Now.AddDays(-d) : null, missed);

    [Fact]
    public void A_member_keeping_their_own_pace_is_not_fading() =>
        Assert.False(FadeRule.Evaluate(Activity(), Now, FadeSettings.Default).Fading);

    [Fact]
    public void A_member_well_below_their_own_baseline_is_fading_with_the_figures_as_evidence()
    {
        var verdict = FadeRule.Evaluate(Activity(recent: 1, baseline: 18), Now, FadeSettings.Default);

        Assert.True(verdict.Fading);
        Assert.Equal("1 contribution in the last 14 days against 18 in the 42 days before", verdict.Evidence);
    }

    [Theory]
    [InlineData(2, false)] // 2/14 per day = 0.143 ≥ 0.3 × 18/42 = 0.129
    [InlineData(1, true)]  // 1/14 = 0.071 < 0.129
    public void The_threshold_is_thirty_percent_of_the_baseline_rate(int recent, bool fading) =>
        Assert.Equal(fading, FadeRule.Evaluate(Activity(recent: recent, baseline: 18), Now, FadeSettings.Default).Fading);

    [Fact]
    public void New_members_have_a_grace_period_even_when_silent() =>
        Assert.False(FadeRule.Evaluate(Activity(recent: 0, baseline: 0, joinedDaysAgo: 13, lastDaysAgo: null), Now, FadeSettings.Default).Fading);

    [Fact]
    public void Away_members_are_exempt_even_after_missing_check_ins() =>
        Assert.False(FadeRule.Evaluate(Activity(recent: 0, away: true, missed: 3), Now, FadeSettings.Default).Fading);

    [Fact]
    public void A_member_who_was_never_active_is_fading_once_the_grace_period_is_over()
    {
        var verdict = FadeRule.Evaluate(Activity(recent: 0, baseline: 0, joinedDaysAgo: 15, lastDaysAgo: null), Now, FadeSettings.Default);

        Assert.Equal((true, "has not taken part since joining"), (verdict.Fading, verdict.Evidence));
    }

    [Fact]
    public void Two_missed_check_ins_in_a_row_are_fading_whatever_the_chatter() =>
        Assert.True(FadeRule.Evaluate(Activity(recent: 10, missed: 2), Now, FadeSettings.Default).Fading);

    [Fact]
    public void A_member_active_only_through_check_ins_is_judged_on_those_answers()
    {
        // Weekly answers are the only signals: two in the last 14 days, six in the 42 before.
        Assert.False(FadeRule.Evaluate(Activity(recent: 2, baseline: 6), Now, FadeSettings.Default).Fading);
    }

    [Fact]
    public void A_short_history_is_compared_over_the_time_the_member_was_there()
    {
        // Joined 35 days ago: a baseline of 21 days holds 9 signals (0.43 a day); 1 in 14 days is below 30 % of that.
        var verdict = FadeRule.Evaluate(Activity(recent: 1, baseline: 9, joinedDaysAgo: 35), Now, FadeSettings.Default);

        Assert.True(verdict.Fading);
        Assert.Contains("in the 21 days before", verdict.Evidence);
    }

    [Fact]
    public void Too_little_history_is_not_judged() =>
        Assert.False(FadeRule.Evaluate(Activity(recent: 0, baseline: 3), Now, FadeSettings.Default).Fading);
}

public sealed class SectorBalanceFacts
{
    private static readonly IReadOnlySet<Sector> Team = new HashSet<Sector> { Sector.PublicAgency, Sector.Citizen, Sector.PrivateBusiness };

    [Fact]
    public void No_citizen_voice_in_Understand_is_raised_after_three_days()
    {
        var counts = new Dictionary<Sector, int> { [Sector.PublicAgency] = 5, [Sector.PrivateBusiness] = 2 };

        Assert.Empty(SectorBalanceRule.Evaluate(Phase.Understand, 2.9, Team, counts, 0));
        var flag = Assert.Single(SectorBalanceRule.Evaluate(Phase.Understand, 3, Team, counts, 0));
        Assert.Equal("no-citizen-voice", flag.Key);
        Assert.StartsWith("The citizen or end-user view has not been heard in Understand yet, though the team has it.", flag.Message);
    }

    [Fact]
    public void Only_a_team_without_a_citizen_is_told_it_has_no_citizen_voice()
    {
        var withoutCitizens = new HashSet<Sector> { Sector.PublicAgency, Sector.PrivateBusiness };
        var counts = new Dictionary<Sector, int> { [Sector.PublicAgency] = 5, [Sector.PrivateBusiness] = 2 };

        var flag = Assert.Single(SectorBalanceRule.Evaluate(Phase.Ideate, 3, withoutCitizens, counts, 0));

        Assert.StartsWith("No citizen or end-user voice yet in Ideate.", flag.Message);
    }

    [Fact]
    public void A_present_but_silent_sector_is_raised_after_a_week_without_naming_anyone()
    {
        var counts = new Dictionary<Sector, int> { [Sector.PublicAgency] = 5, [Sector.Citizen] = 2 };

        var flag = Assert.Single(SectorBalanceRule.Evaluate(Phase.Ideate, 7, Team, counts, 0));

        Assert.Equal("silent-PrivateBusiness", flag.Key);
        Assert.Contains("private business perspective", flag.Message);
    }

    [Fact]
    public void Private_actors_arriving_only_at_Implement_are_raised()
    {
        var counts = new Dictionary<Sector, int> { [Sector.PrivateBusiness] = 4, [Sector.Citizen] = 1, [Sector.PublicAgency] = 1 };

        Assert.Equal(["private-only-at-implement"], SectorBalanceRule.Evaluate(Phase.Implement, 1, Team, counts, 0).Select(f => f.Key));
        Assert.Empty(SectorBalanceRule.Evaluate(Phase.Implement, 1, Team, counts, 3));
    }
}
