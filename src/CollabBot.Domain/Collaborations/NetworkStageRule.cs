using CollabBot.Domain.Members;

namespace CollabBot.Domain.Collaborations;

/// <summary>
/// Derives the network stage from who takes part (Cui &amp; Osborne's three stages, DOMAIN.md §1):
/// <list type="bullet">
/// <item>Coupling: fewer than <see cref="IntegrationMinSectors"/> sectors or fewer than <see cref="IntegrationMinMembers"/> members;</item>
/// <item>Integration: a cross-sector network of at least that size;</item>
/// <item>Linking: an integrated network that reaches outside itself — it is spreading the solution
/// (Spread phase) or has a sponsor carrying it to the organisations behind it.</item>
/// </list>
/// </summary>
public static class NetworkStageRule
{
    public const int IntegrationMinSectors = 3;
    public const int IntegrationMinMembers = 4;

    public static NetworkStage Derive(Collaboration collaboration)
    {
        var integrated = collaboration.SectorsPresent().Count >= IntegrationMinSectors
            && collaboration.Members.Count >= IntegrationMinMembers;
        if (!integrated)
        {
            return NetworkStage.Coupling;
        }

        var reachesOut = collaboration.CurrentPhase == Phase.Spread
            || collaboration.Members.Any(m => m.Holds(Role.Sponsor));
        return reachesOut ? NetworkStage.Linking : NetworkStage.Integration;
    }

    /// <summary>The step that grows the network, in one sentence.</summary>
    public static string NextStep(Collaboration collaboration)
    {
        var missing = Enum.GetValues<Sector>().Except(collaboration.SectorsPresent()).ToList();
        return collaboration.NetworkStage switch
        {
            NetworkStage.Coupling when missing.Count > 0 =>
                $"Invite someone from: {string.Join(", ", missing.Select(SectorNames.Display))}.",
            NetworkStage.Coupling => "Invite more members so the network can carry the work.",
            NetworkStage.Integration => "Find a sponsor or ambassadors who carry the work outside the team.",
            _ => "Keep sharing: ask members where they take the solution next.",
        };
    }
}
