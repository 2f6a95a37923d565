using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Digests;

namespace CollabBot.Persistence.Participation;

internal static class ScopeQueries
{
    /// <summary>The collaborations of a scope, as a query the database joins with (never a list of ids).</summary>
    public static IQueryable<Collaboration> InScope(this CollabDbContext db, CollaborationScope scope) => scope switch
    {
        CollaborationScope.Active active => db.Collaborations.Where(c => c.PhaseStartedAt < active.Now),
        CollaborationScope.DigestSchedule schedule => db.Collaborations.Where(c =>
            db.Set<DigestSubscription>().Any(s => s.CollaborationId == c.Id && s.Cron == schedule.Cron && s.TimeZoneId == schedule.TimeZoneId)),
        CollaborationScope.SummarySchedule summary => db.Collaborations.Where(c => !c.SummaryOff && c.SummaryCron == summary.Cron && c.TimeZoneId == summary.TimeZoneId),
        CollaborationScope.Only only => db.Collaborations.Where(c => only.Ids.Contains(c.Id)),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
