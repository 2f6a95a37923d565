using CollabBot.Domain.Participation;

namespace CollabBot.Domain.Tests;

public sealed class TeamPulseFacts
{
    private static readonly bool[] NoBreak = new bool[8];

    [Fact]
    public void A_holiday_lull_makes_its_weeks_quiet_for_everyone()
    {
        var pulse = TeamPulse.Of([30, 28, 32, 30, 9, 6, 29, 31], NoBreak, 8);

        Assert.Equal([false, false, false, false, true, true, false, false], pulse.Quiet);
        Assert.False(pulse.QuietNow);
        Assert.Equal(30.75, pulse.UsualWeek);
    }

    [Theory]
    [InlineData(12, false)] // 40% of the usual 30
    [InlineData(11, true)]
    public void A_week_is_quiet_below_forty_percent_of_the_usual_week(int thisWeek, bool quiet) =>
        Assert.Equal(quiet, TeamPulse.Of([30, 30, 30, 30, 30, 30, 30, thisWeek], NoBreak, 8).QuietNow);

    [Fact]
    public void A_team_dormant_for_half_of_the_weeks_read_still_has_a_usual_week_and_stays_quiet()
    {
        var pulse = TeamPulse.Of([25, 24, 26, 23, 0, 0, 0, 0], NoBreak, 8);

        Assert.True(pulse.QuietNow);
        Assert.Equal(4, pulse.QuietWeeksInARow);
    }

    [Fact]
    public void A_team_with_almost_no_activity_is_quiet_every_week() =>
        Assert.All(TeamPulse.Of([1, 0, 2, 0, 1, 0, 0, 1], NoBreak, 8).Quiet, Assert.True);

    [Fact]
    public void A_declared_break_is_quiet_however_busy_the_week()
    {
        var paused = new bool[8];
        paused[7] = true;

        Assert.True(TeamPulse.Of([30, 30, 30, 30, 30, 30, 30, 30], paused, 8).QuietNow);
    }

    [Fact]
    public void A_young_team_s_usual_week_comes_from_the_weeks_it_existed_in()
    {
        // Three weeks old: the five empty weeks before it are not part of its usual week, and count as quiet.
        var pulse = TeamPulse.Of([0, 0, 0, 0, 0, 30, 28, 26], NoBreak, 3);

        Assert.Equal(29, pulse.UsualWeek);
        Assert.False(pulse.QuietNow);
        Assert.True(pulse.IsQuietDay(40));
        Assert.False(pulse.IsQuietDay(20));
    }

    [Fact]
    public void A_quiet_spell_counts_only_the_weeks_the_team_existed_in()
    {
        var young = TeamPulse.Of([0, 0, 0, 0, 0, 0, 0, 1], [false, false, false, false, false, false, false, false], existingWeeks: 2);

        Assert.True(young.QuietNow);
        Assert.True(young.NeverGotGoing);
        Assert.Equal(2, young.QuietWeeksInARow);
    }
}
