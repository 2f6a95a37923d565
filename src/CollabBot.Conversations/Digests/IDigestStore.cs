using CollabBot.Domain.Digests;

namespace CollabBot.Conversations.Digests;

/// <summary>Digest subscriptions and the weekly figures a digest shows, computed by the database.</summary>
public interface IDigestStore
{
    Task<DigestSubscription?> FindAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken);

    void Add(DigestSubscription subscription);

    void Remove(DigestSubscription subscription);

    /// <summary>Participation signals and small wins of a collaboration in each [start, start + 7 days) week.</summary>
    Task<IReadOnlyList<(int Signals, int Wins)>> WeeklyAsync(Guid collaborationId, IReadOnlyList<DateTimeOffset> weekStarts, CancellationToken cancellationToken);

    /// <summary>Obstacles named in check-in answers since <paramref name="since"/> (text only, no names).</summary>
    Task<IReadOnlyList<string>> ObstaclesSinceAsync(Guid collaborationId, DateTimeOffset since, CancellationToken cancellationToken);
}
