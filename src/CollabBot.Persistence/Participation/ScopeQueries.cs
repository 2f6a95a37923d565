using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Digests;

namespace CollabBot.Persistence.Participation;

internal static class ScopeQueries
{
    /// <summary>The collaborations of a scope, as a query the database joins with (never a list of ids).</summary>
    public static IQueryable<Collaboration> InScope(this CollabDbContext db, CollaborationScope scope) => db.OnPlatforms(scope switch
    {
        CollaborationScope.Active active => db.Collaborations.Where(c => c.PhaseStartedAt < active.Now),
        CollaborationScope.DigestSchedule schedule => db.Collaborations.Where(c =>
            db.Set<DigestSubscription>().Any(s => s.CollaborationId == c.Id && s.Cron == schedule.Cron && s.TimeZoneId == schedule.TimeZoneId)),
        CollaborationScope.SummarySchedule summary => db.Collaborations.Where(c => !c.SummaryOff && c.SummaryCron == summary.Cron && c.TimeZoneId == summary.TimeZoneId),
        CollaborationScope.Only only => db.Collaborations.Where(c => only.Ids.Contains(c.Id)),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    }, scope.Platforms);

    /// <summary>The ids of the collaborations on the platforms in scope, as a query to join with.</summary>
    public static IQueryable<Guid> CollaborationIdsOn(this CollabDbContext db, PlatformScope scope) =>
        db.OnPlatforms(db.Collaborations, scope).Select(c => c.Id);

    /// <summary>Only the collaborations whose workspace is on a platform in scope (no condition when every platform is).</summary>
    public static IQueryable<Collaboration> OnPlatforms(this CollabDbContext db, IQueryable<Collaboration> collaborations, PlatformScope scope)
    {
        if (scope.Platforms.Count == Enum.GetValues<Platform>().Length)
        {
            return collaborations;
        }

        var platforms = scope.Platforms.ToList();
        return collaborations.Where(c => db.Workspaces.Any(w => w.Id == c.WorkspaceId && platforms.Contains(w.Platform)));
    }

    /// <summary>The ids of the workspaces on the platforms in scope.</summary>
    public static IQueryable<Guid> WorkspaceIdsOn(this CollabDbContext db, PlatformScope scope)
    {
        var platforms = scope.Platforms.ToList();
        return db.Workspaces.Where(w => platforms.Contains(w.Platform)).Select(w => w.Id);
    }
}
