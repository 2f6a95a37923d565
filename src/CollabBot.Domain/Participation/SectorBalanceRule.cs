using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Participation;

/// <summary>One imbalance, with a stable key (so it is raised once per phase) and a message that names no one.</summary>
public sealed record SectorFlag(string Key, string Message);

/// <summary>
/// Who contributes by sector in the current phase (DOMAIN.md §4: end users seldom play a key role; private
/// actors join implementation more than design). Raised:
/// <list type="bullet">
/// <item>no citizen or end-user contribution in Understand or Ideate after <see cref="CitizenGraceDays"/> days;</item>
/// <item>a sector present in the team but silent in this phase after <see cref="SilentDays"/> days;</item>
/// <item>private business contributing in Implement with no contribution in earlier phases.</item>
/// </list>
/// </summary>
public static class SectorBalanceRule
{
    public const int CitizenGraceDays = 3;
    public const int SilentDays = 7;

    public static IReadOnlyList<SectorFlag> Evaluate(
        Phase phase, double daysInPhase, IReadOnlySet<Sector> present, IReadOnlyDictionary<Sector, int> inPhase, int privateBeforeImplement)
    {
        var flags = new List<SectorFlag>();
        if (phase is Phase.Understand or Phase.Ideate && daysInPhase >= CitizenGraceDays && inPhase.GetValueOrDefault(Sector.Citizen) == 0)
        {
            // A team with a citizen member has the voice; it has not been heard in this phase yet. Saying "no citizen
            // voice" to that team would contradict what it sees.
            flags.Add(new SectorFlag("no-citizen-voice", present.Contains(Sector.Citizen)
                ? $"The citizen or end-user view has not been heard in {phase} yet, though the team has it. What would the people this is for say? Ask for it."
                : $"No citizen or end-user voice yet in {phase}. Who could bring the view of the people this is for? Invite them, or ask those who know them."));
        }

        if (daysInPhase >= SilentDays)
        {
            foreach (var sector in present.Where(s => inPhase.GetValueOrDefault(s) == 0 && s != Sector.Citizen).Order())
            {
                flags.Add(new SectorFlag($"silent-{sector}",
                    $"The {SectorNames.Display(sector)} perspective has been quiet in {phase} so far. What would it add here?"));
            }
        }

        if (phase == Phase.Implement && inPhase.GetValueOrDefault(Sector.PrivateBusiness) > 0 && privateBeforeImplement == 0)
        {
            flags.Add(new SectorFlag("private-only-at-implement",
                "Private partners are taking part now, in Implement, but were not heard while the solution was designed. Walk them through the choices made, and ask what they would change."));
        }

        return flags;
    }
}
