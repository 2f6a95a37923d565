using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.ProcessMap;

/// <summary>
/// The members × phases matrix (issue 8, point 4): one row per member in joining order, one cell per phase in
/// process order, empty where the member has no part. Entries of people who are no longer members are left out.
/// </summary>
public static class ProcessMapTable
{
    public sealed record Row(string Member, IReadOnlyList<Involvement?> Cells);

    public static IReadOnlyList<Row> Rows(IReadOnlyList<Member> members, IReadOnlyCollection<ProcessMapEntry> entries) =>
        members.OrderBy(m => m.JoinedAt).Select(m => new Row(
            m.DisplayName,
            Enum.GetValues<Phase>().Select(phase => entries.FirstOrDefault(e => e.MemberId == m.Id && e.Phase == phase)?.Involvement).ToList()))
        .ToList();

    /// <summary>Phases nobody leads: worth a convener's attention before the team gets there.</summary>
    public static IReadOnlyList<Phase> Unled(IReadOnlyList<Member> members, IReadOnlyCollection<ProcessMapEntry> entries)
    {
        var ids = members.Select(m => m.Id).ToHashSet();
        return Enum.GetValues<Phase>()
            .Where(phase => !entries.Any(e => e.Phase == phase && e.Involvement == Involvement.Lead && ids.Contains(e.MemberId)))
            .ToList();
    }
}
