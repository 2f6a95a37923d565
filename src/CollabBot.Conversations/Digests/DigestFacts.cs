using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Retrospectives;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Digests;

/// <summary>What a digest shows beyond participation, for every collaboration in a scope, loaded at once.</summary>
public sealed record DigestFacts(
    IReadOnlyList<DigestSubscription> Subscriptions,
    ILookup<Guid, string> CheckInObstacles,
    IReadOnlyDictionary<Guid, ChecklistEvidence> Evidence,
    ILookup<Guid, Decision> Decisions,
    ILookup<Guid, Concern> OpenConcerns,
    ILookup<Guid, Intervention> Interventions,
    IReadOnlyDictionary<Guid, CheckInSchedule> Schedules,
    ILookup<Guid, ActionItem> OpenActions,
    IReadOnlyDictionary<Guid, BigWinProgress> BigWins,
    IReadOnlyDictionary<Guid, Retrospective> LatestRetrospectives,
    ILookup<Guid, ValueDimension> ValueKinds)
{
    public static async Task<DigestFacts> LoadAsync(IServiceProvider services, CollaborationScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var digests = services.GetRequiredService<IDigestStore>();
        var weekAgo = now.AddDays(-7);
        return new DigestFacts(
            await digests.SubscriptionsAsync(scope, cancellationToken),
            (await digests.CheckInObstaclesAsync(scope, weekAgo, cancellationToken)).ToLookup(o => o.CollaborationId, o => o.Text),
            await services.GetRequiredService<IPhaseEvidenceStore>().InScopeAsync(scope, cancellationToken),
            (await digests.DecisionsAsync(scope, weekAgo, cancellationToken)).ToLookup(d => d.CollaborationId),
            (await digests.OpenConcernsAsync(scope, cancellationToken)).ToLookup(c => c.CollaborationId),
            (await services.GetRequiredService<ICatalystStore>().SinceAsync(scope, now.AddDays(-14), cancellationToken)).ToLookup(i => i.CollaborationId),
            (await digests.SchedulesAsync(scope, cancellationToken)).ToDictionary(s => s.CollaborationId),
            (await services.GetRequiredService<IActionStore>().OpenAsync(scope, cancellationToken)).ToLookup(a => a.CollaborationId),
            await digests.BigWinProgressAsync(scope, cancellationToken),
            (await services.GetRequiredService<IRetrospectiveStore>().LatestAsync(scope, cancellationToken)).ToDictionary(r => r.CollaborationId),
            (await digests.ValueDimensionsAsync(scope, now.AddDays(-28), cancellationToken)).ToLookup(d => d.CollaborationId, d => d.Dimension));
    }
}
