namespace CollabBot.Domain.ValueChains;

public enum Trend
{
    Steady,
    Consolidating,
    Weakening,
}

/// <summary>One closed check-in as the trend rule sees it: the rating given, or none when the member did not answer.</summary>
public readonly record struct CheckInPoint(DateTimeOffset At, int? Rating);

/// <summary>
/// Whether a member's commitment consolidates or weakens (DOMAIN.md §3, step 4), from the closed check-ins they were asked
/// (away periods and open check-ins already left out), oldest first. A weakening commitment needs a <b>sustained</b> drop
/// against the member's own ratings, never one lower rating:
/// <list type="number">
/// <item>the last two check-ins missed is <b>weakening</b> (the member may be seceding);</item>
/// <item>with at least <see cref="MinEarlier"/> earlier ratings, the last two ratings both at least <see cref="Drop"/> below
/// the mean of the member's earlier ratings is <b>weakening</b> (4, 4, 4, 2, 2 is; 5, 5, 4 and 4, 4, 3, 3 are not);</item>
/// <item>the last two ratings both 4 or more, or both at least 1 above that earlier mean, is <b>consolidating</b>;</item>
/// <item>anything else, and fewer than two ratings, is <b>steady</b>.</item>
/// </list>
/// </summary>
public static class CommitmentTrend
{
    public const double Drop = 1.5;
    public const int MinEarlier = 2;

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

        var (last, previous) = (ratings[^1], ratings[^2]);
        var earlier = ratings.SkipLast(2).ToList();
        var mean = earlier.Count >= MinEarlier ? earlier.Average() : (double?)null;
        if (mean is { } m && last <= m - Drop && previous <= m - Drop)
        {
            return Trend.Weakening;
        }

        return last >= 4 && previous >= 4 || mean is { } n && last >= n + 1 && previous >= n + 1 ? Trend.Consolidating : Trend.Steady;
    }

    /// <summary>The evidence in plain words: the last two ratings against the member's own mean, or the misses.</summary>
    public static string Describe(IReadOnlyList<CheckInPoint> points)
    {
        if (points.Count >= 2 && points[^1].Rating is null && points[^2].Rating is null)
        {
            return "missed the last two check-ins";
        }

        var ratings = points.Where(p => p.Rating is not null).Select(p => p.Rating!.Value).ToList();
        var earlier = ratings.SkipLast(2).ToList();
        return earlier.Count == 0
            ? $"rated {string.Join(", ", ratings)}"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rated {string.Join(" and ", ratings.TakeLast(2))} after an average of {earlier.Average():0.#}");
    }

    /// <summary>The trend in a word that describes the ratings, never the person (issue 27, item 3): steady, going well, lower lately.</summary>
    public static string Word(Trend trend) => trend switch
    {
        Trend.Consolidating => "going well",
        Trend.Weakening => "lower lately",
        _ => "steady",
    };

    /// <summary>What `me` tells the member about their own ratings, encouragingly and about the ratings, not them.</summary>
    public static string Encouragement(IReadOnlyList<CheckInPoint> points)
    {
        if (points.Count >= 2 && points[^1].Rating is null && points[^2].Rating is null)
        {
            return "You missed the last two check-ins; the next one is a fresh start, and a short answer is enough.";
        }

        return Evaluate(points) switch
        {
            Trend.Weakening => "Your last two ratings were lower than usual. If the collaboration could serve you better, say what you need with `commit`, or tell a facilitator.",
            Trend.Consolidating => "Your last two ratings were higher than usual: good to see it working for you.",
            _ => points.Any(p => p.Rating is not null) ? "Your ratings are steady." : "No ratings yet; your first check-in starts the picture.",
        };
    }
}
