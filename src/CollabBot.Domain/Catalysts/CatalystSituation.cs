using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Catalysts;

/// <summary>What the catalyst rules read about a collaboration, aggregated by the database.</summary>
/// <param name="RecentIdeas">Where the ideas of the last 14 days came from (author, sector).</param>
/// <param name="TeamSectors">The sectors the team's members speak for.</param>
/// <param name="TeamSize">How many members the team has.</param>
/// <param name="WeeklyContributions">Contributions per week, oldest first, the current week last.</param>
/// <param name="FastConsensusDecisions">Numbers of the substantive decisions closed in the last week that everyone
/// agreed to within an hour with no reservation (recorded as such by the decision itself).</param>
public sealed record CatalystSituation(
    Phase Phase,
    double DaysInPhase,
    double PlannedDays,
    IReadOnlyList<IdeaOrigin> RecentIdeas,
    IReadOnlyCollection<Sector> TeamSectors,
    int TeamSize,
    IReadOnlyList<int> WeeklyContributions,
    IReadOnlyList<int> FastConsensusDecisions);
