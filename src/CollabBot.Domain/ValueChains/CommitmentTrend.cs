namespace CollabBot.Domain.ValueChains;

public enum Trend
{
    Steady,
    Consolidating,
    Weakening,
}

/// <summary>One check-in as the trend rule sees it: the rating given, or none when the member did not answer.</summary>
public readonly record struct CheckInPoint(DateTimeOffset At, int? Rating);

/// <summary>
/// Whether a member's commitment consolidates or weakens (DOMAIN.md §3, step 4), from their last check-ins
/// (away periods already left out), oldest first:
/// <list type="number">
/// <item>two missed check-ins in a row, at the end, is <b>weakening</b> (the member may be seceding);</item>
/// <item>with fewer than two ratings the trend is <b>steady</b> (not enough to say);</item>
/// <item>otherwise compare the mean of the last two ratings with the mean of the (up to three) before them:
/// a drop of at least 1 point, or a last rating of 2 or less after one of 3 or more, is <b>weakening</b>;
/// a rise of at least 1 point, or the last two both 4 or more, is <b>consolidating</b>; anything else <b>steady</b>.</item>
/// </list>
/// </summary>
public static class CommitmentTrend
{
    public const double Threshold = 1.0;

    public static Trend Evaluate(IReadOnlyList<CheckInPoint> points)
    {
        if (points.Count >= 2 && points[^1].Rating is null && points[^2].Rating is null)
        {
            return Trend.Weakening;
        }

        var ratings = points.Where(p => p.Rating is not null).Select(p => (double)p.Rating!.Value).ToList();
        if (ratings.Count < 2)
        {
            return Trend.Steady;
        }

        var recent = ratings.TakeLast(2).ToList();
        var earlier = ratings.SkipLast(2).TakeLast(3).ToList();
        if (earlier.Count == 0)
        {
            earlier = [recent[0]];
            recent = [recent[1]];
        }

        var change = recent.Average() - earlier.Average();
        if (change <= -Threshold || recent[^1] <= 2 && earlier[^1] >= 3)
        {
            return Trend.Weakening;
        }

        return change >= Threshold || recent.Count == 2 && recent.All(r => r >= 4) ? Trend.Consolidating : Trend.Steady;
    }
}
