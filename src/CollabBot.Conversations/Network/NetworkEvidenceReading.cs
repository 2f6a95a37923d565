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
        var contributions = new List<SectorContribution>();
        foreach (var member in Inside(collaboration))
        {
            if (snapshot.Tally(member) is not { } tally)
            {
                continue;
            }

            // Week i of the snapshot covers the UTC days from WeekStart(i): read as contributions at its first day, the
            // rule's four-week window takes exactly the last four of them.
            contributions.AddRange(tally.Weeks.Select((count, i) => new SectorContribution(member.Sector!.Value, snapshot.Windows.WeekStart(i), count)));
        }

        return Read(collaboration, contributions, facts, now);
    }

    /// <summary>From contributions per member and UTC day (as `status` reads them), each counted at the start of its day.</summary>
    public static NetworkReading Read(Collaboration collaboration, IReadOnlyList<(Guid MemberId, DateTimeOffset Day, int Count)> days, NetworkFacts facts, DateTimeOffset now)
    {
        var sectors = Inside(collaboration).ToDictionary(m => m.Id, m => m.Sector!.Value);
        var contributions = days.Where(d => sectors.ContainsKey(d.MemberId)).Select(d => new SectorContribution(sectors[d.MemberId], d.Day, d.Count)).ToList();
        return Read(collaboration, contributions, facts, now);
    }

    /// <summary>Members inside the team with a sector: sponsors and coordinators supporting from outside make no sector active.</summary>
    public static IEnumerable<Member> Inside(Collaboration collaboration) => collaboration.Members.Where(m => !m.SupportsFromOutside && m.Sector is not null);

    private static NetworkReading Read(Collaboration collaboration, List<SectorContribution> contributions, NetworkFacts facts, DateTimeOffset now)
    {
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
