using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.Digests;

/// <summary>Digest subscriptions, and what a digest shows beyond participation, for every collaboration in a scope at once.</summary>
public interface IDigestStore
{
    Task<DigestSubscription?> FindAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The subscriptions of workspaces on the platforms in scope.</summary>
    Task<IReadOnlyList<DigestSubscription>> ListAsync(PlatformScope scope, CancellationToken cancellationToken);

    void Add(DigestSubscription subscription);

    void Remove(DigestSubscription subscription);

    /// <summary>Stores a chart with the current unit of work; it is drawn when its link is first fetched.</summary>
    void AddChart(Guid imageId, DigestChart chart);

    /// <summary>Subscriptions of the collaborations in scope.</summary>
    Task<IReadOnlyList<DigestSubscription>> SubscriptionsAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>Obstacles named in check-in answers since <paramref name="since"/> (text only, no names).</summary>
    Task<IReadOnlyList<(Guid CollaborationId, string Text)>> CheckInObstaclesAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);


    /// <summary>Decisions closed since <paramref name="since"/>, still open, or agreed with a reservation still open; with positions, read-only.</summary>
    Task<IReadOnlyList<Decision>> DecisionsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Open risks and obstacles.</summary>
    Task<IReadOnlyList<Concern>> OpenConcernsAsync(CollaborationScope scope, CancellationToken cancellationToken);

    Task<IReadOnlyList<CheckInSchedule>> SchedulesAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>Progress toward each big win: milestones with the wins tied to each (counts only).</summary>
    /// <summary>The value dimensions named in check-in answers since <paramref name="since"/> (no names, no texts).</summary>
    Task<IReadOnlyList<(Guid CollaborationId, ValueDimension Dimension)>> ValueDimensionsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, BigWinProgress>> BigWinProgressAsync(CollaborationScope scope, CancellationToken cancellationToken);
}
