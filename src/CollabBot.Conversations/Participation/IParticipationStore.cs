using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Aggregates of participation for every collaboration in a scope at once, computed by the database from daily
/// totals (never by loading the events): a scan costs a handful of queries, whatever the number of teams.
/// </summary>
public interface IParticipationStore
{
    /// <summary>Brings the daily totals up to date with the raw signals (the latest days are summed again).</summary>
    Task RefreshDailyTotalsAsync(CancellationToken cancellationToken);

    /// <summary>The collaborations in scope, with members and phase history, read-only.</summary>
    Task<IReadOnlyList<Collaboration>> CollaborationsAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>Per member with any signal in the windows or since the current phase started.</summary>
    Task<IReadOnlyList<MemberTally>> TalliesAsync(CollaborationScope scope, ActivityWindows windows, CancellationToken cancellationToken);

    /// <summary>Private-business contributions before the move to Implement, for the collaborations in scope that are in Implement.</summary>
    Task<IReadOnlyDictionary<Guid, int>> PrivateBeforeImplementAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>The latest signal of each of these members, however old.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastContributionAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken);

    /// <summary>The last <paramref name="count"/> check-ins held by <paramref name="now"/> in each collaboration, oldest first, with their answers.</summary>
    Task<(IReadOnlyList<CheckInOccurrence> Occurrences, IReadOnlyList<CheckInAnswer> Answers)> RecentCheckInsAsync(
        CollaborationScope scope, DateTimeOffset now, int count, CancellationToken cancellationToken);

    /// <summary>When each small win in [from, to) was reported.</summary>
    Task<IReadOnlyList<(Guid CollaborationId, DateTimeOffset At)>> WinsAsync(CollaborationScope scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Signals per collaboration and UTC day in [from, to), for these collaborations.</summary>
    Task<IReadOnlyList<(Guid CollaborationId, DateTimeOffset Day, int Signals)>> DailyAsync(
        IReadOnlyCollection<Guid> collaborationIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
