using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Assets;

/// <summary>
/// What the convener could invite for the current phase: sectors that are missing (DOMAIN.md §4: end users seldom
/// play a key role, private actors join implementation more than design) and the kinds of assets the phase
/// usually needs that no member has listed.
/// </summary>
public static class InviteSuggestion
{
    public sealed record Suggestion(IReadOnlyList<Sector> MissingSectors, IReadOnlyList<string> MissingAssets);

    public static IReadOnlyList<Sector> KeySectors(Phase phase) => phase switch
    {
        Phase.Understand => [Sector.Citizen, Sector.PublicAgency, Sector.KnowledgeInstitution],
        Phase.Ideate => [Sector.Citizen, Sector.CivilSociety, Sector.PrivateBusiness],
        Phase.Test => [Sector.Citizen, Sector.PrivateBusiness, Sector.KnowledgeInstitution],
        Phase.Implement => [Sector.PublicAgency, Sector.PrivateBusiness, Sector.CivilSociety],
        _ => [Sector.CivilSociety, Sector.PublicAgency, Sector.Citizen],
    };

    public static IReadOnlyList<string> KeyAssets(Phase phase) => phase switch
    {
        Phase.Understand => ["data", "user insight", "research"],
        Phase.Ideate => ["design", "facilitation", "creative"],
        Phase.Test => ["pilot site", "evaluation", "prototype"],
        Phase.Implement => ["funding", "project management", "procurement"],
        _ => ["communication", "network", "media"],
    };

    public static Suggestion For(Collaboration collaboration)
    {
        var present = collaboration.SectorsPresent();
        var assets = collaboration.Members.SelectMany(m => m.Assets).ToList();
        return new Suggestion(
            KeySectors(collaboration.CurrentPhase).Where(s => !present.Contains(s)).ToList(),
            KeyAssets(collaboration.CurrentPhase).Where(k => !assets.Any(a => a.Contains(k, StringComparison.OrdinalIgnoreCase))).ToList());
    }
}
