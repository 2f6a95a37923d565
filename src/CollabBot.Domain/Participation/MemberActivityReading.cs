using CollabBot.Domain.Members;

namespace CollabBot.Domain.Participation;

/// <summary>
/// Reads a member's <see cref="MemberActivity"/> from their weekly totals: which days count (in the team, not away,
/// not in a quiet week of the whole team), the windows' sums over those days, the quiet days since their last
/// contribution, their history, and the closed check-ins they missed in a row.
/// </summary>
public static class MemberActivityReading
{
    private const int MaxHistoryDays = 400;

    /// <param name="weeks">The member's contributions per week, oldest first, the last week ending <paramref name="today"/>.</param>
    /// <param name="closedCheckIns">The team's check-ins that have closed, oldest first, as this member saw them.</param>
    public static MemberActivity Read(
        Member member, IReadOnlyList<int> weeks, DateTimeOffset? last, DateOnly today, TeamPulse pulse, IReadOnlyList<CheckInTurn> closedCheckIns, FadeSettings settings)
    {
        var joined = DateOnly.FromDateTime(member.JoinedAt.UtcDateTime);
        bool Present(int daysAgo) => today.AddDays(-daysAgo) >= joined && !member.WasAway(today.AddDays(-daysAgo));
        bool Counted(int daysAgo) => Present(daysAgo) && !pulse.IsQuietDay(daysAgo);

        int recentSignals = 0, recentDays = 0, baselineSignals = 0, baselineDays = 0;
        for (var i = 0; i < weeks.Count; i++)
        {
            var weeksAgo = weeks.Count - 1 - i;
            var counted = Enumerable.Range(weeksAgo * 7, 7).Count(Counted);
            if (counted == 0)
            {
                continue;
            }

            if (weeksAgo < settings.RecentDays / 7)
            {
                (recentSignals, recentDays) = (recentSignals + weeks[i], recentDays + counted);
            }
            else
            {
                (baselineSignals, baselineDays) = (baselineSignals + weeks[i], baselineDays + counted);
            }
        }

        var history = Enumerable.Range(0, Math.Min(MaxHistoryDays, today.DayNumber - joined.DayNumber + 1)).Count(Present);
        var quietSince = last is { } at ? today.DayNumber - DateOnly.FromDateTime(at.UtcDateTime).DayNumber : history;
        var quiet = Enumerable.Range(0, Math.Clamp(quietSince, 0, MaxHistoryDays)).Count(Counted);
        return new MemberActivity(member.Id, recentSignals, recentDays, baselineSignals, baselineDays, last, quiet,
            MissedInARow(closedCheckIns, today, pulse), history, member.IsAway(today), member.SupportsFromOutside);
    }

    /// <summary>Asked and unanswered in a row, newest first, skipping check-ins in the team's quiet weeks; only after an answer.</summary>
    private static int MissedInARow(IReadOnlyList<CheckInTurn> checkIns, DateOnly today, TeamPulse pulse)
    {
        var missed = 0;
        foreach (var turn in checkIns.Reverse())
        {
            if (!turn.Asked || pulse.IsQuietDay(today.DayNumber - DateOnly.FromDateTime(turn.OpenedAt.UtcDateTime).DayNumber))
            {
                continue;
            }

            if (turn.Answered)
            {
                return missed;
            }

            missed++;
        }

        // Never answered one: there is no habit of their own that these misses break.
        return 0;
    }
}
