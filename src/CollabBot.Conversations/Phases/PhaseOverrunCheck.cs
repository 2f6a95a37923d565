using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Text;
using CollabBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Phases;

/// <summary>
/// Hourly: a phase that runs past its planned length gets one nudge in its collaboration's channel (not during a break
/// the team declared; it counts against the channel budget but always goes).
/// "One" is guaranteed by the outbox key, which names the collaboration, the phase and when it started.
/// </summary>
public sealed class PhaseOverrunCheck(IServiceScopeFactory scopes, ILogger<PhaseOverrunCheck> logger) : IRecurringWorkSource
{
    public const string WorkId = "phase-overrun-check";
    private static readonly TimeSpan ShortestPhase = TimeSpan.FromDays(1);

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 * * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            candidates = await scope.ServiceProvider.GetRequiredService<ICollaborationStore>()
                .PhaseStartedBeforeAsync(occurrence - ShortestPhase, platforms, cancellationToken);
        }

        var nudged = 0;
        foreach (var id in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            if (await store.FindAsync(id, cancellationToken) is not { } collaboration || !collaboration.IsOverrun(occurrence)
                || collaboration.IsPaused(Participation.ParticipationScan.Today(collaboration, occurrence)))
            {
                continue;
            }

            var workspace = await store.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
            if (await Noise.ChannelPosts.PostAsync(scope.ServiceProvider, unitOfWork, collaboration, Nudge(collaboration, occurrence, workspace), "phase-overrun", occurrence, cancellationToken))
            {
                await unitOfWork.CommitAsync(cancellationToken);
                nudged++;
            }
        }

        logger.LogInformation("Phase overrun check at {Occurrence}: {Candidates} candidates, {Nudged} nudged", occurrence, candidates.Count, nudged);
    }

    private static OutboxEntry Nudge(Collaboration collaboration, DateTimeOffset now, Workspace workspace)
    {
        var planned = (int)collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays;
        var days = (int)collaboration.TimeInPhase(now).TotalDays;
        return new OutboxEntry
        {
            To = new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(
                $"{collaboration.CurrentPhase} has run {Words.Count(days, "day")} against {planned} planned. What would it take to move on? "
                + "Conveners can look at what is still missing with `phase` and move on with `phase next`."),
            IdempotencyKey = $"phase-overrun:{collaboration.Id}:{collaboration.CurrentPhase}:{collaboration.PhaseStartedAt.ToUnixTimeSeconds()}",
        };
    }
}
