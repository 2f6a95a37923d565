using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Conversations.Storage;

/// <summary>Collaborations and workspaces, within the current unit of work (one turn or one job run).</summary>
public interface ICollaborationStore
{
    Task<Workspace> GetWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken);

    Task<Workspace> GetOrAddWorkspaceAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    /// <summary>The collaboration bound to a channel of a workspace, with its members and phase history.</summary>
    Task<Collaboration?> FindByChannelAsync(Guid workspaceId, string channelId, CancellationToken cancellationToken);

    Task<Collaboration?> FindAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>Ids of collaborations whose current phase started before <paramref name="startedBefore"/>.</summary>
    Task<IReadOnlyList<Guid>> PhaseStartedBeforeAsync(DateTimeOffset startedBefore, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>The distinct schedules (cron, time zone) of the facilitators' weekly summaries that are on.</summary>
    Task<IReadOnlyList<(string Cron, string TimeZoneId)>> SummarySchedulesAsync(Scheduling.PlatformScope platforms, CancellationToken cancellationToken);

    void Add(Collaboration collaboration);
}
