namespace CollabBot.Domain.CheckIns;

/// <summary>
/// Check-ins run at most once a day (issue 23): a schedule whose occurrences fall twice on one local day is refused with
/// the reason, before it can flood anyone.
/// </summary>
public static class CheckInCadence
{
    /// <summary>Null when the schedule is fine; otherwise why it is refused.</summary>
    /// <param name="localOccurrences">The schedule's next occurrences in the team's local time, in order (two weeks or more of them).</param>
    public static string? Refusal(IReadOnlyList<DateTime> localOccurrences)
    {
        if (localOccurrences.Count == 0)
        {
            return "That schedule never comes round. Pick days of the week and a time, e.g. `checkin every monday 09:00`.";
        }

        var sameDay = localOccurrences.Zip(localOccurrences.Skip(1)).FirstOrDefault(p => p.First.Date == p.Second.Date);
        if (sameDay == default)
        {
            return null;
        }

        var gap = sameDay.Second - sameDay.First;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var every = gap.TotalMinutes < 2 ? "every minute"
            : gap.TotalMinutes < 60 ? string.Create(culture, $"every {gap.TotalMinutes:0} minutes")
            : string.Create(culture, $"twice or more a day, {gap.TotalHours:0.#} hours apart");
        return string.Create(culture, $"Check-ins run at most once a day, and that schedule would run {every} (e.g. {sameDay.First:HH:mm} and {sameDay.Second:HH:mm} on {sameDay.First:ddd d MMM}). ")
            + "Pick one time of day, e.g. `checkin every monday 09:00` or `checkin every weekday 08:45`.";
    }
}
