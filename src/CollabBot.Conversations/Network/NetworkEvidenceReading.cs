using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Network;

namespace CollabBot.Conversations.Network;

/// <summary>
/// Puts a collaboration's <see cref="NetworkEvidence"/> together from the snapshot's weekly totals and the stored facts,
/// and reads its stage (<see cref="NetworkStageRule"/>). Sponsors and coordinators who support from outside do not count
/// as sectors taking part.
/// </summary>
public static class NetworkEvidenceReading
{
    public static NetworkReading Read(Collaboration collaboration, ActivitySnapshot snapshot, NetworkFacts facts, DateTimeOffset now)
    {
        var inside = collaboration.Members.Where(m => !m.SupportsFromOutside && m.Sector is not null).ToList();
        var contributions = new List<SectorContribution>();
        foreach (var member in inside)
        {
            if (snapshot.Tally(member) is not { } tally)
            {
                continue;
            }

            // Week i of the snapshot covers the UTC days from WeekStart(i): read as contributions at its first day, the
            // rule's four-week window takes exactly the last four of them.
            contributions.AddRange(tally.Weeks.Select((count, i) => new SectorContribution(member.Sector!.Value, snapshot.Windows.WeekStart(i), count)));
        }

        var committed = collaboration.Members.Where(m => facts.Committed.Contains(m.Id) && m.Sector is not null).Select(m => m.Sector!.Value).ToHashSet();
        var turnout = facts.LatestClosedDecision?.Turnout(collaboration.Members.Where(m => !m.SupportsFromOutside).Select(m => m.Id).ToList());
        var evidence = new NetworkEvidence(collaboration.CurrentPhase, collaboration.Challenge is not null, collaboration.BigWin is not null,
            committed, contributions, turnout, facts.Outreach);
        return NetworkStageRule.Read(evidence, now);
    }

    /// <summary>"Working together: 3 sectors took part …": the stage in plain words with its evidence.</summary>
    public static string Describe(NetworkReading reading) =>
        $"{Capital(NetworkStageNames.Plain(reading.Stage))}: {reading.Evidence}.";

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
