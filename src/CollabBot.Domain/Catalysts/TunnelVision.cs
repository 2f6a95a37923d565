using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Catalysts;

/// <summary>
/// Tunnel vision (DOMAIN.md §5), read from where the ideas come from, not from how much people talk: with at least
/// <see cref="MinIdeas"/> ideas in the window, it is found when one person gave <see cref="TopAuthorShare"/> or more
/// of them, when fewer than <see cref="MinAuthors"/> people gave them (fewer than the team has members, in a smaller
/// team), or when they all came from one sector. The missing perspective is named by sector, never by person: the
/// team's sectors that gave no idea, else the sectors the team lacks altogether.
/// </summary>
public static class TunnelVision
{
    public const int MinIdeas = 5;
    public const double TopAuthorShare = 0.6;
    public const int MinAuthors = 3;

    public static TunnelVisionFinding? Evaluate(IReadOnlyList<IdeaOrigin> ideas, IReadOnlyCollection<Sector> teamSectors, int teamSize)
    {
        if (ideas.Count < MinIdeas)
        {
            return null;
        }

        var perAuthor = ideas.Where(i => i.AuthorId is not null).GroupBy(i => i.AuthorId).Select(g => g.Count()).ToList();
        var topShare = perAuthor.Count == 0 ? 0 : perAuthor.Max() / (double)ideas.Count;
        var sectors = ideas.Where(i => i.Sector is not null).Select(i => i.Sector!.Value).Distinct().Order().ToList();
        var fewPeople = topShare >= TopAuthorShare || perAuthor.Count < Math.Min(MinAuthors, teamSize);
        if (!fewPeople && sectors.Count > 1)
        {
            return null;
        }

        var silent = teamSectors.Where(s => !sectors.Contains(s)).Distinct().Order().ToList();
        var absent = Enum.GetValues<Sector>().Where(s => !teamSectors.Contains(s)).ToList();
        var missing = silent.Count > 0 ? new MissingPerspective(silent, InTeam: true)
            : absent.Count > 0 ? new MissingPerspective(absent, InTeam: false)
            : null;
        return new TunnelVisionFinding(ideas.Count, perAuthor.Count, topShare, sectors, missing);
    }
}
