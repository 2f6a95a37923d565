namespace CollabBot.Domain.Participation;

/// <summary>
/// What the fade rule knows of one member, read by <see cref="MemberActivityReading"/> from the daily totals. Days
/// "counted" are days the member was in the team and not away, in weeks the whole team was not quieter than usual
/// (<see cref="TeamPulse"/>).
/// </summary>
/// <param name="RecentSignals">Contributions in the recent window's counted days.</param>
/// <param name="RecentDays">Counted days of the recent window (two weeks).</param>
/// <param name="BaselineSignals">Contributions in the baseline window's counted days.</param>
/// <param name="BaselineDays">Counted days of the baseline window (the six weeks before).</param>
/// <param name="QuietDays">Counted days since the day of the member's last contribution (today included).</param>
/// <param name="MissedCheckIns">Closed check-ins in a row the member was asked and did not answer, not counting those in a
/// quiet week of the whole team; 0 for a member who never answered one (nothing of their own to compare with).</param>
/// <param name="HistoryDays">Days since the member joined, days away not counted.</param>
/// <param name="SupportsFromOutside">A sponsor or coordinator with no role inside the team: never judged.</param>
public sealed record MemberActivity(
    Guid MemberId,
    int RecentSignals,
    int RecentDays,
    int BaselineSignals,
    int BaselineDays,
    DateTimeOffset? LastContributionAt,
    int QuietDays,
    int MissedCheckIns,
    int HistoryDays,
    bool AwayNow,
    bool SupportsFromOutside)
{
    /// <summary>Counted days of both windows before the member went quiet.</summary>
    public int DaysBeforeQuiet => Math.Max(0, RecentDays + BaselineDays - QuietDays);

    /// <summary>The member's own pace before they went quiet, in contributions per seven counted days.</summary>
    public double UsualWeekly => DaysBeforeQuiet == 0 ? 0 : 7.0 * (RecentSignals + BaselineSignals) / DaysBeforeQuiet;
}
