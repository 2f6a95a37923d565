using CollabBot.Conversations.Participation;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Network;

namespace CollabBot.Conversations.Network;

/// <summary>What the network stage is read from beyond the participation totals, for every collaboration in a scope at once.</summary>
public interface INetworkStore
{
    /// <summary>Per collaboration in scope: members who made a value commitment, the latest closed decision, what reached outside, the last stage announced.</summary>
    Task<IReadOnlyDictionary<Guid, NetworkFacts>> FactsAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// One collaboration's facts for `status`, in a few indexed queries and without the scans' refresh of the daily totals
    /// (a turn's cost): the members' contributions per UTC day since <paramref name="since"/> come from the raw signals.
    /// The last stage announced is not read.
    /// </summary>
    Task<(NetworkFacts Facts, IReadOnlyList<(Guid MemberId, DateTimeOffset Day, int Count)> Days)> FactsForAsync(
        Guid collaborationId, IReadOnlyCollection<Guid> memberIds, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(OutreachReport report);

    void Add(StageChange change);
}

/// <summary>One collaboration's stored evidence for its network stage; read-only.</summary>
public sealed record NetworkFacts(IReadOnlySet<Guid> Committed, Decision? LatestClosedDecision, IReadOnlyList<OutreachReport> Outreach, StageChange? LastAnnounced)
{
    public static readonly NetworkFacts None = new(new HashSet<Guid>(), null, [], null);
}
