using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Network;

/// <summary>
/// What the network stage is read from (issue 27, item 1): the core (challenge, goal, who committed), who took part
/// lately by sector (members inside the team, not sponsors or coordinators supporting from outside), the turnout of the
/// latest closed decision, and what reached outside.
/// </summary>
public sealed record NetworkEvidence(
    Phase Phase,
    bool ChallengeStated,
    bool GoalStated,
    IReadOnlySet<Sector> CommittedSectors,
    IReadOnlyList<SectorContribution> Contributions,
    Turnout? LatestDecision,
    IReadOnlyList<OutreachReport> Outreach);
