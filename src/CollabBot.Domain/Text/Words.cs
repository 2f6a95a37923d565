using System.Globalization;

namespace CollabBot.Domain.Text;

/// <summary>
/// Counted nouns and possessives, the one way every message writes them: "1 member", "2 members", "0 sectors",
/// "Ana's", "Warm Homes'".
/// </summary>
public static class Words
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = "people",
        ["child"] = "children",
    };

    /// <summary>"1 member", "3 members": the number and the noun in the form it takes after it.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural ?? Plural(singular))}";

    /// <summary>The noun for <paramref name="count"/> things, without the number: "day" for 1, "days" otherwise.</summary>
    public static string For(int count, string singular, string? plural = null) => count == 1 ? singular : plural ?? Plural(singular);

    /// <summary>The English plural of a regular noun (and of a few irregular ones): wins, risks, check-ins, glossaries, boxes.</summary>
    public static string Plural(string singular)
    {
        if (Irregular.TryGetValue(singular, out var irregular))
        {
            return irregular;
        }

        if (singular.EndsWith('y') && singular.Length > 1 && !"aeiou".Contains(singular[^2], StringComparison.OrdinalIgnoreCase))
        {
            return singular[..^1] + "ies";
        }

        return singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith('z') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)
            ? singular + "es"
            : singular + "s";
    }

    /// <summary>"Ana's", "Warm Homes'": a name that ends in s takes the apostrophe alone.</summary>
    public static string Possessive(string name) =>
        name.EndsWith('s') || name.EndsWith('S') ? name + "'" : name + "'s";

    /// <summary>"Ana", "Ana and Ben", "Ana, Ben and Chloe".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
