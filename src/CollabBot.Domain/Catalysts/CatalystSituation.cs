using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.Catalysts;

/// <summary>What the catalyst rules read about a collaboration, aggregated by the database.</summary>
/// <param name="ContributionsByMember">Contributions per member in the last 14 days.</param>
/// <param name="SectorsContributing">Distinct sectors among those contributors.</param>
/// <param name="WeeklyContributions">Contributions per week, oldest first, the current week last.</param>
/// <param name="FastConsensusDecisions">Numbers of the decisions closed in the last week that everyone agreed to within an
/// hour with no reservation (recorded as such by the decision itself).</param>
public sealed record CatalystSituation(
    Phase Phase,
    double DaysInPhase,
    double PlannedDays,
    IReadOnlyList<int> ContributionsByMember,
    int SectorsContributing,
    IReadOnlyList<int> WeeklyContributions,
    IReadOnlyList<int> FastConsensusDecisions);
