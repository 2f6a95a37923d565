using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>Which days count for the fade rule: days in the team, not away, outside the team's quiet weeks (issue 23).</summary>
public sealed class MemberActivityReadingFacts
{
    private static readonly int[] EveryWeekThree = [3, 3, 3, 3, 3, 3, 3, 3];
    private static readonly TeamPulse Busy = TeamPulse.Of([20, 20, 20, 20, 20, 20, 20, 20], new bool[8], 8);

    private readonly FakeTimeProvider _clock = Builders.Clock();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private Member JoinedWeeksAgo(int weeks)
    {
        var joined = new FakeTimeProvider(_clock.GetUtcNow().AddDays(-7 * weeks + 1));
        return Builders.Collaboration(joined).AddMember("U-ben", Sector.Citizen, joined);
    }

    private MemberActivity Read(Member member, int[]? weeks = null, int lastDaysAgo = 1, TeamPulse? pulse = null, IReadOnlyList<CheckInTurn>? checkIns = null) =>
        MemberActivityReading.Read(member, weeks ?? EveryWeekThree, _clock.GetUtcNow().AddDays(-lastDaysAgo), Today, pulse ?? Busy, checkIns ?? [], FadeSettings.Default);

    [Fact]
    public void Eight_weeks_in_a_busy_team_count_every_day()
    {
        var activity = Read(JoinedWeeksAgo(8));

        Assert.Equal((6, 14, 18, 42), (activity.RecentSignals, activity.RecentDays, activity.BaselineSignals, activity.BaselineDays));
        Assert.Equal(56, activity.HistoryDays);
    }

    [Fact]
    public void Days_away_count_in_neither_window_nor_in_the_history()
    {
        var member = JoinedWeeksAgo(8);
        member.SetAwayUntil(Today.AddDays(-17), Today.AddDays(-20)); // four days in the baseline
        member.SetAwayUntil(Today.AddDays(-1), Today.AddDays(-3)); // three days in the recent window, back today
        member.SetAwayUntil(null, Today);

        var activity = Read(member);

        Assert.Equal((11, 38), (activity.RecentDays, activity.BaselineDays));
        Assert.Equal(56 - 7, activity.HistoryDays);
        Assert.False(activity.AwayNow);
    }

    [Fact]
    public void The_team_s_quiet_weeks_are_left_out_of_both_windows()
    {
        var holidays = TeamPulse.Of([20, 20, 20, 20, 4, 3, 20, 20], new bool[8], 8);

        var activity = Read(JoinedWeeksAgo(8), [3, 3, 3, 3, 0, 1, 3, 3], pulse: holidays);

        Assert.Equal((6, 14, 12, 28), (activity.RecentSignals, activity.RecentDays, activity.BaselineSignals, activity.BaselineDays));
    }

    [Fact]
    public void Quiet_days_run_from_the_day_of_the_last_contribution_and_leave_out_days_away()
    {
        var member = JoinedWeeksAgo(8);
        Assert.Equal(9, Read(member, lastDaysAgo: 9).QuietDays);

        member.SetAwayUntil(Today.AddDays(-2), Today.AddDays(-5));
        member.SetAwayUntil(null, Today.AddDays(-1));
        Assert.Equal(5, Read(member, lastDaysAgo: 9).QuietDays);
    }

    [Fact]
    public void A_member_three_weeks_in_the_team_has_three_weeks_of_history_but_their_first_days_away_do_not_count()
    {
        Assert.Equal(21, Read(JoinedWeeksAgo(3)).HistoryDays);

        var member = JoinedWeeksAgo(3);
        member.SetAwayUntil(Today.AddDays(-10), Today.AddDays(-20));
        Assert.Equal(10, Read(member).HistoryDays);
    }

    [Fact]
    public void Missed_check_ins_count_closed_ones_in_a_row_skipping_those_of_quiet_weeks_and_those_not_asked()
    {
        var now = _clock.GetUtcNow();
        var holidays = TeamPulse.Of([20, 20, 20, 20, 3, 20, 20, 20], new bool[8], 8);
        CheckInTurn Turn(int daysAgo, bool asked, bool answered) => new(now.AddDays(-daysAgo), asked, answered);

        var missed = Read(JoinedWeeksAgo(8), pulse: holidays, checkIns:
        [
            Turn(35, true, true), Turn(28, true, false), Turn(21, true, false) /* quiet week */, Turn(14, false, false) /* away */,
            Turn(7, true, false), Turn(1, true, false),
        ]).MissedCheckIns;

        Assert.Equal(3, missed);
    }

    [Fact]
    public void Someone_who_never_answered_a_check_in_has_no_habit_of_their_own_to_miss() =>
        Assert.Equal(0, Read(JoinedWeeksAgo(8), checkIns: [new(_clock.GetUtcNow().AddDays(-14), true, false), new(_clock.GetUtcNow().AddDays(-7), true, false)]).MissedCheckIns);

    [Fact]
    public void A_sponsor_is_read_as_supporting_from_outside()
    {
        var member = JoinedWeeksAgo(8);
        member.SetRoles(Role.Sponsor);

        Assert.True(Read(member).SupportsFromOutside);
    }
}
