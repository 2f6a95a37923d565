using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Collaborations;

internal sealed class EfMemberCollaborations(CollabDbContextFactory contexts, DomainClock clock) : IMemberCollaborations
{
    public async Task<IReadOnlyList<MemberCollaboration>> ForMemberAsync(Platform platform, string workspaceExternalId, string userId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var rows = await (
            from workspace in db.Workspaces
            where workspace.Platform == platform && workspace.ExternalId == workspaceExternalId
            join collaboration in db.Collaborations on workspace.Id equals collaboration.WorkspaceId
            join member in db.Members on collaboration.Id equals member.CollaborationId
            where member.PlatformUserId == userId
            select new { collaboration.Id, collaboration.Name, collaboration.ChannelId, collaboration.CurrentPhase, collaboration.PhaseStartedAt })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var schedules = await db.Set<CheckInSchedule>().AsNoTracking().Where(s => ids.Contains(s.CollaborationId)).ToDictionaryAsync(s => s.CollaborationId, cancellationToken);
        var now = clock.Now(platform);
        return rows.Select(r => new MemberCollaboration(r.Id, r.Name, r.ChannelId, r.CurrentPhase, r.PhaseStartedAt,
            schedules.TryGetValue(r.Id, out var schedule) ? CheckInCalendar.Next(schedule, now, 1).Select(o => (DateTimeOffset?)o).FirstOrDefault() : null)).ToList();
    }
}
