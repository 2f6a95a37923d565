using CollabBot.Domain.Text;

namespace CollabBot.Domain.Retrospectives;

/// <summary>
/// What a retrospective's answers add up to, naming nobody (issue 27, item 6): the answers' parts grouped under the three
/// questions, in alphabetical order so the order does not tell who answered first, repeated answers once.
/// </summary>
public sealed record RetrospectiveSummary(string Text, int Answers)
{
    public static RetrospectiveSummary Of(Retrospective retrospective, IReadOnlyCollection<RetrospectiveAnswer> answers)
    {
        if (answers.Count == 0)
        {
            return new RetrospectiveSummary($"Nobody looked back on {retrospective.Phase}.", 0);
        }

        var lines = new List<string> { $"Looking back on {retrospective.Phase} ({Words.Count(answers.Count, "answer")}):" };
        Add(lines, "What we learned", answers.Select(a => a.Learned));
        Add(lines, "How our view of the problem changed", answers.Select(a => a.ViewChanged));
        Add(lines, "What we keep doing", answers.Select(a => a.Keep));
        return new RetrospectiveSummary(string.Join("\n", lines), answers.Count);
    }

    private static void Add(List<string> lines, string question, IEnumerable<string> parts)
    {
        var said = parts.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (said.Count > 0)
        {
            lines.Add($"{question}: {string.Join("; ", said)}");
        }
    }
}
