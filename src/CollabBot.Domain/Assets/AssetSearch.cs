using CollabBot.Domain.Members;

namespace CollabBot.Domain.Assets;

/// <summary>Finds members whose innovation assets (skills, data, resources, networks) mention the words asked for.</summary>
public static class AssetSearch
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "some", "any" };

    public sealed record Match(Member Member, IReadOnlyList<string> Assets);

    public static IReadOnlyList<Match> Find(IEnumerable<Member> members, string words)
    {
        var wanted = words.Split([' ', ',', ';', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && !Ignored.Contains(w))
            .Select(Stem)
            .ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return members
            .Select(m => new Match(m, m.Assets.Where(a => wanted.Any(w => a.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList()))
            .Where(match => match.Assets.Count > 0)
            .OrderByDescending(match => match.Assets.Count)
            .ThenBy(match => match.Member.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string Stem(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
