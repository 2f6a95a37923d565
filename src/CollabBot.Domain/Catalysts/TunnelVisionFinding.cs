using System.Globalization;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Catalysts;

/// <summary>What tunnel vision found: counts and sectors only, so it can be shown to the whole team.</summary>
public sealed record TunnelVisionFinding(int Ideas, int Authors, double TopShare, IReadOnlyList<Sector> Sectors, MissingPerspective? Missing)
{
    public string Signals => string.Create(CultureInfo.InvariantCulture,
        $"{Ideas} ideas in 14 days from {Authors} {(Authors == 1 ? "person" : "people")} (the most from one: {TopShare:P0}) in {Sectors.Count} {(Sectors.Count == 1 ? "sector" : "sectors")}")
        + (Missing is { } m ? $"; none from {string.Join(", ", m.Sectors.Select(SectorNames.Display))}{(m.InTeam ? "" : " (not in the team)")}" : "");
}
