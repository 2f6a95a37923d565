namespace CollabBot.Domain.Participation;

/// <param name="RecentDays">The recent window (14 days, two weeks).</param>
/// <param name="BaselineDays">The baseline window just before it (42 days, six weeks).</param>
/// <param name="FadeRatio">Fading when the recent daily rate is below this share of the baseline daily rate (default 0.3).</param>
/// <param name="MinBaselineSignals">A baseline needs at least this many signals to compare against (default 4).</param>
/// <param name="GraceDays">Members are not judged before this many days in the team, days away not counted (default 21, three weeks).</param>
public sealed record FadeSettings(int RecentDays = 14, int BaselineDays = 42, double FadeRatio = 0.3, int MinBaselineSignals = 4, int GraceDays = 21)
{
    public static readonly FadeSettings Default = new();
}
