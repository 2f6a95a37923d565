using CollabBot.Domain.Text;

namespace CollabBot.Domain.Participation;

/// <summary>Why a member is judged fading; <see cref="Silent"/> is the sharp change that is worth an alert at once.</summary>
public enum FadeCause
{
    None,
    Silent,
    MissedCheckIns,
    BelowOwnPace,
    NeverTookPart,
}

public sealed record FadeVerdict(bool Fading, string Evidence, FadeCause Cause = FadeCause.None)
{
    /// <summary>A regular contributor gone silent: the facilitators hear at once; any other cause waits for the weekly summary.</summary>
    public bool Sharp => Cause == FadeCause.Silent;
}

/// <summary>
/// Whether a member's participation fades (DOMAIN.md §4), judged against their own pace on the days that count
/// (<see cref="MemberActivity"/>: in the team, not away, not in a quiet week of the whole team):
/// <list type="number">
/// <item>never judged: sponsors and coordinators who support from outside, members away today, members with fewer than
/// <see cref="FadeSettings.GraceDays"/> days in the team (days away not counted), and anyone while the whole team is
/// quieter than usual (<see cref="TeamPulse.QuietNow"/>: one note about the team, not one about each person);</item>
/// <item>no contribution at all since joining is fading;</item>
/// <item><b>silent</b>: a regular contributor (at least <see cref="RegularWeekly"/> contributions per seven counted days
/// over at least <see cref="MinDaysToJudge"/> counted days) with no contribution for <see cref="SilentDays"/> counted days,
/// or three of their usual gaps if longer, counted from the day of their last contribution;</item>
/// <item>closed check-ins missed in a row (an open check-in is never missed) by a member who answered one before:
/// <see cref="MissedAlone"/> or more, or two while their recent pace is also below <see cref="MissedPaceRatio"/> of their
/// baseline (two skipped check-ins by someone who keeps taking part are no sign of fading);</item>
/// <item>with at least <see cref="FadeSettings.MinBaselineSignals"/> signals over <see cref="MinDaysToJudge"/> counted
/// baseline days and <see cref="MinRecentDays"/> counted recent days, a recent daily rate below
/// <see cref="FadeSettings.FadeRatio"/> of the baseline daily rate.</item>
/// </list>
/// </summary>
public static class FadeRule
{
    public const int SilentDays = 7;
    public const double RegularWeekly = 2;
    public const int MinDaysToJudge = 14;
    public const int MinRecentDays = 7;
    public const int MissedAlone = 3;
    public const double MissedPaceRatio = 2.0 / 3;

    public static FadeVerdict Evaluate(MemberActivity activity, TeamPulse team, FadeSettings settings)
    {
        if (activity.SupportsFromOutside)
        {
            return new FadeVerdict(false, "supports the team from outside; not judged");
        }

        if (activity.AwayNow)
        {
            return new FadeVerdict(false, "away");
        }

        if (activity.HistoryDays < settings.GraceDays)
        {
            return new FadeVerdict(false, "new member");
        }

        if (team.QuietNow)
        {
            return new FadeVerdict(false, "the whole team is quieter than usual");
        }

        if (activity.LastContributionAt is null)
        {
            return new FadeVerdict(true, "has not taken part since joining", FadeCause.NeverTookPart);
        }

        var usual = activity.UsualWeekly;
        if (activity.DaysBeforeQuiet >= MinDaysToJudge && usual >= RegularWeekly && activity.QuietDays >= Math.Max(SilentDays, Math.Ceiling(3 * 7 / usual)))
        {
            return new FadeVerdict(true, $"silent for {activity.QuietDays} days, usually about {Math.Round(usual)} contributions a week", FadeCause.Silent);
        }

        var comparable = activity.BaselineSignals >= settings.MinBaselineSignals && activity.BaselineDays >= MinDaysToJudge && activity.RecentDays >= MinRecentDays;
        var pace = comparable ? activity.RecentSignals / (double)activity.RecentDays / (activity.BaselineSignals / (double)activity.BaselineDays) : (double?)null;
        if (activity.MissedCheckIns >= MissedAlone || activity.MissedCheckIns >= 2 && pace < MissedPaceRatio)
        {
            return new FadeVerdict(true, $"missed the last {activity.MissedCheckIns} check-ins" + (pace is { } p ? $" and takes part at {Math.Round(100 * p)}% of their usual pace" : ""),
                FadeCause.MissedCheckIns);
        }

        if (pace is not { } ratio)
        {
            return new FadeVerdict(false, "not enough history to compare");
        }

        var evidence = $"{Words.Count(activity.RecentSignals, "contribution")} in the last {Words.Count(activity.RecentDays, "day")} against {activity.BaselineSignals} in the {Words.Count(activity.BaselineDays, "day")} before";
        return ratio < settings.FadeRatio
            ? new FadeVerdict(true, evidence, FadeCause.BelowOwnPace)
            : new FadeVerdict(false, evidence);
    }
}
