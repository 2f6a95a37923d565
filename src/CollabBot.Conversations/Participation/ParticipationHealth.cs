using CollabBot.Conversations.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Participation;

public sealed record MemberHealth(Member Member, MemberActivity Activity, FadeVerdict Verdict);

/// <summary>Brings together what the fade rule reads: database aggregates of signals and the check-in record.</summary>
public static class ParticipationHealth
{
    public static async Task<IReadOnlyList<MemberHealth>> AssessAsync(
        Collaboration collaboration, IParticipationStore participation, ICheckInStore checkIns, DateTimeOffset now, FadeSettings settings, CancellationToken cancellationToken)
    {
        var recentStart = now.AddDays(-settings.RecentDays);
        var counts = (await participation.ActivityAsync(collaboration.Id, recentStart.AddDays(-settings.BaselineDays), recentStart, cancellationToken))
            .ToDictionary(c => c.MemberId);
        var silent = collaboration.Members.Where(m => !counts.ContainsKey(m.Id)).Select(m => m.Id).ToList();
        var older = silent.Count == 0 ? new Dictionary<Guid, DateTimeOffset>() : await participation.LastContributionAsync(silent, cancellationToken);

        var past = (await checkIns.RecentOccurrencesAsync(collaboration.Id, 4, cancellationToken)).Where(o => o.ScheduledAt <= now).OrderBy(o => o.ScheduledAt).ToList();
        var answers = await checkIns.AnswersAsync(past.Select(o => o.Id).ToList(), cancellationToken);
        var today = DateOnly.FromDateTime(CheckInCalendar.Local(now, collaboration.TimeZoneId).DateTime);

        return collaboration.Members.Select(member =>
        {
            counts.TryGetValue(member.Id, out var count);
            var last = count?.Last ?? (older.TryGetValue(member.Id, out var o) ? o : null);
            var points = TrendAlerts.Points(member, past, answers);
            var missed = points.AsEnumerable().Reverse().TakeWhile(p => p.Rating is null).Count();
            var activity = new MemberActivity(member.Id, member.JoinedAt, member.IsAway(today), count?.Recent ?? 0, count?.Baseline ?? 0, last, missed);
            return new MemberHealth(member, activity, FadeRule.Evaluate(activity, now, settings));
        }).ToList();
    }
}
