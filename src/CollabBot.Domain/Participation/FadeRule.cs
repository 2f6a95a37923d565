using CollabBot.Domain.Text;

namespace CollabBot.Domain.Participation;

public sealed record FadeVerdict(bool Fading, string Evidence);

/// <summary>
/// Whether a member's participation fades (DOMAIN.md §4), judged against their own baseline:
/// <list type="number">
/// <item>away members, and members in their first <see cref="FadeSettings.GraceDays"/> days, are never fading;</item>
/// <item>two or more missed check-ins in a row is fading;</item>
/// <item>a member who has not taken part at all since joining (past the grace period) is fading;</item>
/// <item>with a baseline of at least <see cref="FadeSettings.MinBaselineSignals"/> signals, a recent daily rate below
/// <see cref="FadeSettings.FadeRatio"/> of the baseline daily rate is fading. The baseline window is shortened to the
/// time the member was in the team, so a member who joined five weeks ago is compared with their own three weeks.</item>
/// </list>
/// Members who are only active through check-ins count like everyone else: answers are signals too.
/// </summary>
public static class FadeRule
{
    public static FadeVerdict Evaluate(MemberActivity activity, DateTimeOffset now, FadeSettings settings)
    {
        if (activity.Away)
        {
            return new FadeVerdict(false, "away");
        }

        if (now - activity.JoinedAt < TimeSpan.FromDays(settings.GraceDays))
        {
            return new FadeVerdict(false, "new member");
        }

        if (activity.ConsecutiveMissedCheckIns >= 2)
        {
            return new FadeVerdict(true, $"missed the last {Words.Count(activity.ConsecutiveMissedCheckIns, "check-in")}");
        }

        if (activity.LastContributionAt is null)
        {
            return new FadeVerdict(true, "has not taken part since joining");
        }

        var recentStart = now.AddDays(-settings.RecentDays);
        var baselineDays = Math.Min(settings.BaselineDays, (recentStart - activity.JoinedAt).TotalDays);
        if (activity.BaselineCount < settings.MinBaselineSignals || baselineDays < 1)
        {
            return new FadeVerdict(false, "not enough history to compare");
        }

        var recentRate = activity.RecentCount / (double)settings.RecentDays;
        var baselineRate = activity.BaselineCount / baselineDays;
        var fading = recentRate < settings.FadeRatio * baselineRate;
        var evidence = $"{Words.Count(activity.RecentCount, "contribution")} in the last {Words.Count(settings.RecentDays, "day")} against {activity.BaselineCount} in the {Words.Count((int)Math.Round(baselineDays), "day")} before";
        return new FadeVerdict(fading, evidence);
    }
}
