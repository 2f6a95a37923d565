using CollabBot.Domain.Text;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Tests;

/// <summary>
/// The fade rule's edges, one cause at a time (issue 23). The member's activity is as <see cref="MemberActivityReading"/>
/// reads it (days counted only in the team, not away, outside the team's quiet weeks; see <see cref="MemberActivityReadingFacts"/>).
/// </summary>
public sealed class FadeRuleFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday.AddDays(120);
    private static readonly TeamPulse Busy = TeamPulse.Of([20, 20, 20, 20, 20, 20, 20, 20], new bool[8], 8);

    /// <summary>By default: six weeks at 3 a week, two weeks at 3 a week, last contribution yesterday, 10 weeks in the team.</summary>
    private static MemberActivity Activity(
        int recent = 6, int recentDays = 14, int baseline = 18, int baselineDays = 42, int quiet = 1, int missed = 0, int history = 70,
        bool away = false, bool outside = false, bool neverTookPart = false) =>
        new(Guid.NewGuid(), recent, recentDays, baseline, baselineDays, neverTookPart ? null : Now.AddDays(-quiet), quiet, missed, history, away, outside);

    private static FadeVerdict Judge(MemberActivity activity, TeamPulse? team = null) => FadeRule.Evaluate(activity, team ?? Busy, FadeSettings.Default);

    [Fact]
    public void A_member_keeping_their_own_pace_is_not_fading() => Assert.False(Judge(Activity()).Fading);

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void A_regular_contributor_silent_for_a_week_is_a_sharp_change(int quietDays, bool fading)
    {
        // Three a week, then nothing: the recent window holds what came before the silence.
        var verdict = Judge(Activity(recent: 3, quiet: quietDays));

        Assert.Equal(fading, verdict.Fading);
        Assert.Equal(fading, verdict.Sharp);
        if (fading)
        {
            Assert.Equal("silent for 7 days, usually about 3 contributions a week", verdict.Evidence);
        }
    }

    [Fact]
    public void Someone_who_takes_part_about_twice_a_week_is_judged_silent_only_after_about_three_of_their_gaps()
    {
        // 14 contributions in the 46 days before a 10-day silence: 2.1 a week, a gap of 3.3 days; three of them are 10 days.
        Assert.False(Judge(Activity(recent: 2, baseline: 12, quiet: 9)).Fading);
        Assert.True(Judge(Activity(recent: 2, baseline: 12, quiet: 10)).Sharp);
    }

    [Fact]
    public void Someone_who_takes_part_less_than_twice_a_week_is_never_judged_on_silence_alone() =>
        Assert.False(Judge(Activity(recent: 0, baseline: 8, quiet: 13)).Sharp);

    [Fact]
    public void New_members_are_not_judged_before_three_weeks_in_the_team()
    {
        Assert.Equal((false, "new member"), (Judge(Activity(recent: 0, quiet: 20, history: 20)).Fading, Judge(Activity(history: 20)).Evidence));
        Assert.True(Judge(Activity(recent: 0, baseline: 9, quiet: 10, history: 21)).Fading);
    }

    [Fact]
    public void Away_members_are_not_judged_even_after_missing_check_ins() =>
        Assert.Equal((false, "away"), (Judge(Activity(recent: 0, away: true, missed: 3)).Fading, Judge(Activity(away: true)).Evidence));

    [Fact]
    public void Sponsors_and_coordinators_supporting_from_outside_are_never_judged() =>
        Assert.False(Judge(Activity(recent: 0, quiet: 30, missed: 4, outside: true)).Fading);

    [Fact]
    public void Nobody_is_judged_one_by_one_while_the_whole_team_is_quieter_than_usual()
    {
        var holidays = TeamPulse.Of([20, 20, 20, 20, 20, 20, 20, 3], new bool[8], 8);

        var verdict = Judge(Activity(recent: 0, quiet: 9, missed: 3), holidays);

        Assert.Equal((false, "the whole team is quieter than usual"), (verdict.Fading, verdict.Evidence));
    }

    [Fact]
    public void A_member_who_never_took_part_is_fading_once_past_the_grace_period() =>
        Assert.Equal((true, "has not taken part since joining"), (Judge(Activity(recent: 0, baseline: 0, neverTookPart: true, quiet: 25)).Fading, Judge(Activity(neverTookPart: true)).Evidence));

    [Fact]
    public void Two_missed_check_ins_by_someone_who_keeps_taking_part_are_no_sign_of_fading() =>
        Assert.False(Judge(Activity(missed: 2)).Fading);

    [Theory]
    [InlineData(3, 18, true)] // 3/14 a day is 50% of 18/42
    [InlineData(5, 18, false)] // 83%
    public void Two_missed_check_ins_are_fading_when_their_pace_also_drops_below_two_thirds(int recent, int baseline, bool fading)
    {
        var verdict = Judge(Activity(recent: recent, baseline: baseline, missed: 2));

        Assert.Equal((fading, fading ? FadeCause.MissedCheckIns : FadeCause.None), (verdict.Fading, verdict.Cause));
    }

    [Fact]
    public void Three_missed_check_ins_in_a_row_are_fading_whatever_the_pace()
    {
        var verdict = Judge(Activity(recent: 10, missed: 3));

        Assert.Equal((true, "missed the last 3 check-ins and takes part at 167% of their usual pace"), (verdict.Fading, verdict.Evidence));
        Assert.False(verdict.Sharp);
    }

    [Theory]
    [InlineData(2, false)] // 2/14 = 0.143 a day, 33% of 18/42 = 0.429
    [InlineData(1, true)] // 1/14 = 0.071, 17%
    public void Below_thirty_percent_of_their_own_pace_is_fading_and_waits_for_the_summary(int recent, bool fading)
    {
        var verdict = Judge(Activity(recent: recent, baseline: 18));

        Assert.Equal(fading, verdict.Fading);
        Assert.False(verdict.Sharp);
        Assert.Equal($"{Words.Count(recent, "contribution")} in the last 14 days against 18 in the 42 days before", verdict.Evidence);
    }

    [Fact]
    public void Too_little_history_to_compare_is_not_judged()
    {
        Assert.Equal("not enough history to compare", Judge(Activity(recent: 0, baseline: 3, quiet: 3)).Evidence);
        Assert.Equal("not enough history to compare", Judge(Activity(recent: 0, baseline: 10, baselineDays: 13, quiet: 3)).Evidence);
        Assert.Equal("not enough history to compare", Judge(Activity(recent: 0, recentDays: 6, quiet: 3)).Evidence);
    }
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
