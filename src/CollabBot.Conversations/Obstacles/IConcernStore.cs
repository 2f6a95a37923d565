using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

/// <summary>Obstacles and risks, within the current unit of work.</summary>
public interface IConcernStore
{
    /// <summary>The next number of that kind: obstacles and risks are numbered from 1 each.</summary>
    Task<int> NextNumberAsync(Guid collaborationId, ConcernKind kind, CancellationToken cancellationToken);

    Task<IReadOnlyList<Concern>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>Open obstacles raised before <paramref name="raisedBefore"/> that the sponsors have not heard of.</summary>
    Task<IReadOnlyList<Concern>> DueForSponsorAsync(DateTimeOffset raisedBefore, PlatformScope scope, CancellationToken cancellationToken);

    void Add(Concern concern);
}
