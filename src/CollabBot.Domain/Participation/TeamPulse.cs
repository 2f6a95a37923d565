namespace CollabBot.Domain.Participation;

/// <summary>
/// Whether the whole team is quieter than usual, week by week (DOMAIN.md §4: holidays and team-wide lulls are not one
/// person fading). A week is <b>quiet</b> when the team's contributions fall below <see cref="QuietRatio"/> of its usual
/// week, when the team declared a break in it (`pause team`), or when the team has no usual week to speak of (fewer
/// than <see cref="MinUsualWeek"/> contributions). The usual week is the mean of the busier half of the weeks the team
/// existed in, so a team that has been dormant for up to half of them still has one. In a quiet week nobody is judged
/// one by one, and its days are left out of everyone's windows afterwards.
/// </summary>
/// <param name="ExistingWeeks">How many of the latest weeks the team existed in; earlier weeks are quiet but no part of a spell.</param>
public sealed record TeamPulse(IReadOnlyList<int> Weeks, IReadOnlyList<bool> Quiet, double UsualWeek, int ExistingWeeks = int.MaxValue)
{
    public const double QuietRatio = 0.4;
    public const int MinUsualWeek = 3;

    /// <summary>The current week (the seven days ending today) is quiet.</summary>
    public bool QuietNow => Quiet.Count > 0 && Quiet[^1];

    /// <param name="weeks">The team's contributions per week, oldest first, the last ending today.</param>
    /// <param name="paused">Per week, whether the team declared a break on any of its days.</param>
    /// <param name="existingWeeks">How many of the latest weeks the team existed in (the first may be partial).</param>
    public static TeamPulse Of(IReadOnlyList<int> weeks, IReadOnlyList<bool> paused, int existingWeeks)
    {
        var existing = weeks.TakeLast(Math.Clamp(existingWeeks, 0, weeks.Count)).ToList();
        var usual = existing.Count == 0 ? 0 : existing.OrderDescending().Take((existing.Count + 1) / 2).Average();
        var first = weeks.Count - existing.Count;
        var quiet = weeks.Select((count, i) => i < first || paused[i] || usual < MinUsualWeek || count < QuietRatio * usual).ToList();
        return new TeamPulse(weeks, quiet, usual, existing.Count);
    }

    /// <summary>How many weeks in a row, up to now, the team has been quiet (0 when it is not quiet now), counting only weeks it existed in.</summary>
    public int QuietWeeksInARow => Quiet.Reverse().Take(ExistingWeeks).TakeWhile(q => q).Count();

    /// <summary>The team has no usual week to speak of yet: it has hardly taken part since it started.</summary>
    public bool NeverGotGoing => UsualWeek < MinUsualWeek;

    /// <summary>Whether a day falls in a quiet week; <paramref name="daysAgo"/> 0 is today. Days older than the weeks read are not.</summary>
    public bool IsQuietDay(int daysAgo) => daysAgo >= 0 && daysAgo / 7 < Quiet.Count && Quiet[Quiet.Count - 1 - daysAgo / 7];
}
