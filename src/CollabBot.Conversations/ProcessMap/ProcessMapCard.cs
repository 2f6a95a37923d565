using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.ProcessMap;

namespace CollabBot.Conversations.ProcessMap;

/// <summary>
/// The members × phases matrix as a card table: one row per member, one column per phase in process order. Teams and
/// the Playground show it as a table, Slack as a section of fields per member.
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
            Body = rows.Count == 0 ? "Nobody has joined yet." : "Who takes part when and how.",
            Table = new CardTable(
                ["Member", .. phases.Select(p => p.ToString())],
                rows.Select(r => (IReadOnlyList<string>)[r.Member, .. r.Cells.Select(Cell)]).ToList()),
            Note = (unled.Count > 0 ? $"Nobody leads: {string.Join(", ", unled)}. " : "")
                + "Conveners set a part with `map @member <phase> lead|contribute|consult|inform`.",
        };
    }

    /// <summary>"lead", "consult"... or "—" where the member has no part.</summary>
    public static string Cell(Involvement? involvement) => involvement?.ToString().ToLowerInvariant() ?? "—";
}
