namespace CollabBot.Domain.Participation;

/// <param name="RecentDays">The recent window (default 14 days).</param>
/// <param name="BaselineDays">The baseline window just before it (default 42 days, six weeks).</param>
/// <param name="FadeRatio">Fading when the recent daily rate is below this share of the baseline daily rate (default 0.3).</param>
/// <param name="MinBaselineSignals">A baseline needs at least this many signals to compare against (default 4).</param>
/// <param name="GraceDays">New members are not judged for this long (default 14 days).</param>
public sealed record FadeSettings(int RecentDays = 14, int BaselineDays = 42, double FadeRatio = 0.3, int MinBaselineSignals = 4, int GraceDays = 14)
{
    public static readonly FadeSettings Default = new();
}
