using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// The windows the scans and digests sum daily totals over, in whole UTC days ending with today (so far):
/// the fade rule's recent and baseline windows, and <see cref="Weeks"/> weeks of seven days, the last ending today.
/// </summary>
public sealed record ActivityWindows(DateTimeOffset Today, FadeSettings Settings)
{
    public const int Weeks = 8;

    public static ActivityWindows At(DateTimeOffset now, FadeSettings settings) => new(ParticipationSignal.DayOf(now), settings);

    public DateTimeOffset RecentStart => Today.AddDays(1 - Settings.RecentDays);

    public DateTimeOffset BaselineStart => RecentStart.AddDays(-Settings.BaselineDays);

    /// <summary>The first day of week <paramref name="index"/>, 0 the oldest; <c>WeekStart(Weeks)</c> is tomorrow.</summary>
    public DateTimeOffset WeekStart(int index) => Today.AddDays(1 - 7 * (Weeks - index));

    /// <summary>The earliest day any window reads.</summary>
    public DateTimeOffset From => BaselineStart < WeekStart(0) ? BaselineStart : WeekStart(0);
}
