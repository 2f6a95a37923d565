using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.ProcessMap;

namespace CollabBot.Conversations.ProcessMap;

/// <summary>
/// The members × phases matrix as card facts: one row per member, the phases in order in each value. Teams and the
/// Playground show facts as a table; Slack as fields. The neutral card has no table element of its own.
/// </summary>
public static class ProcessMapCard
{
    public static Card For(Collaboration collaboration, IReadOnlyCollection<ProcessMapEntry> entries)
    {
        var rows = ProcessMapTable.Rows(collaboration.Members, entries);
        var phases = Enum.GetValues<Phase>();
        var unled = ProcessMapTable.Unled(collaboration.Members, entries);
        return new Card
        {
            Title = "Process map",
            Body = "Who takes part when and how: " + string.Join(" · ", phases.Select(p => p.ToString())),
            Facts = rows.Select(r => new CardFact(r.Member, string.Join(" · ", r.Cells.Select(Cell)))).ToList(),
            Note = (unled.Count > 0 ? $"Nobody leads: {string.Join(", ", unled)}. " : "")
                + "Conveners set a part with `map @member <phase> lead|contribute|consult|inform`.",
        };
    }

    /// <summary>"lead", "consult"... or "—" where the member has no part.</summary>
    public static string Cell(Involvement? involvement) => involvement?.ToString().ToLowerInvariant() ?? "—";
}
