using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Participation;

/// <summary>Per-member counts in a window.</summary>
public sealed record ActivityCounts(Guid MemberId, int Recent, int Baseline, DateTimeOffset? Last);

/// <summary>Aggregates of participation signals, computed by the database (never by loading the events).</summary>
public interface IParticipationStore
{
    /// <summary>Per member: signals since <paramref name="recentStart"/>, signals in [baselineStart, recentStart), and the latest one.</summary>
    Task<IReadOnlyList<ActivityCounts>> ActivityAsync(Guid collaborationId, DateTimeOffset baselineStart, DateTimeOffset recentStart, CancellationToken cancellationToken);

    /// <summary>The latest signal of each of these members, however old.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastContributionAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken);

    /// <summary>Signals of a collaboration in [from, to).</summary>
    Task<int> CountAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Contributions per sector (null for members who gave none) in [from, to).</summary>
    Task<IReadOnlyDictionary<Sector, int>> BySectorAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
