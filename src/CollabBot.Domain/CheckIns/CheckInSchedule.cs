namespace CollabBot.Domain.CheckIns;

/// <summary>
/// When a collaboration's members are asked for their small wins: a weekly pattern (as a cron expression on
/// days of the week) every <see cref="IntervalWeeks"/> weeks counted from <see cref="AnchorWeek"/>, read in
/// <see cref="TimeZoneId"/> so that daylight-saving changes keep the local wall-clock time.
/// </summary>
public sealed class CheckInSchedule
{
    public static readonly TimeSpan DefaultReminderDelay = TimeSpan.FromHours(24);
    private List<DateOnly> _skipDates = [];

    private CheckInSchedule()
    {
        Cron = "";
        TimeZoneId = "";
    }

    public CheckInSchedule(Guid collaborationId, string cron, int intervalWeeks, DateOnly anchorWeek, string timeZoneId)
    {
        CollaborationId = collaborationId;
        ReminderDelay = DefaultReminderDelay;
        Cron = "";
        TimeZoneId = "";
        Reschedule(cron, intervalWeeks, anchorWeek, timeZoneId);
    }

    /// <summary>A new pattern; skips, pause and reminder delay stay.</summary>
    public void Reschedule(string cron, int intervalWeeks, DateOnly anchorWeek, string timeZoneId)
    {
        if (intervalWeeks is < 1 or > 52)
        {
            throw new DomainRuleViolation("A check-in repeats every 1 to 52 weeks.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        Cron = cron;
        IntervalWeeks = intervalWeeks;
        AnchorWeek = MondayOf(anchorWeek);
        TimeZoneId = timeZoneId;
    }

    public Guid CollaborationId { get; private set; }

    /// <summary>Five-field cron (minute hour day month weekday) in the schedule's time zone.</summary>
    public string Cron { get; private set; }

    public int IntervalWeeks { get; private set; }

    /// <summary>The Monday of the week the interval counts from.</summary>
    public DateOnly AnchorWeek { get; private set; }

    public string TimeZoneId { get; private set; }
    public IReadOnlyList<DateOnly> SkipDates => _skipDates;
    public DateOnly? PausedUntil { get; private set; }
    public TimeSpan ReminderDelay { get; private set; }

    /// <summary>The last occurrence that was run (UTC), so a run missed while no host was up is caught up once.</summary>
    public DateTimeOffset? LastRunOccurrence { get; private set; }

    public void Skip(DateOnly date)
    {
        if (!_skipDates.Contains(date))
        {
            _skipDates = [.. _skipDates, date];
        }
    }

    public void PauseUntil(DateOnly? until) => PausedUntil = until;

    public void SetReminderDelay(TimeSpan delay)
    {
        if (delay < TimeSpan.FromHours(1) || delay > TimeSpan.FromDays(6))
        {
            throw new DomainRuleViolation("The reminder goes out between 1 hour and 6 days after the check-in.");
        }

        ReminderDelay = delay;
    }

    /// <summary>Whether an occurrence on this local date is held: not skipped, not paused, and in an active week.</summary>
    public bool Holds(DateOnly localDate)
    {
        if (_skipDates.Contains(localDate) || PausedUntil is { } until && localDate <= until)
        {
            return false;
        }

        var weeks = (MondayOf(localDate).DayNumber - AnchorWeek.DayNumber) / 7;
        return weeks >= 0 && weeks % IntervalWeeks == 0;
    }

    public void MarkRun(DateTimeOffset occurrence)
    {
        if (LastRunOccurrence is null || occurrence > LastRunOccurrence)
        {
            LastRunOccurrence = occurrence;
        }
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
