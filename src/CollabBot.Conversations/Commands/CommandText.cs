namespace CollabBot.Conversations.Commands;

/// <summary>Splits what a person typed into a command word and its arguments.</summary>
public static class CommandText
{
    private static readonly string[] Prefixes = ["/collab", "@collabbot", "collabbot"];

    public static (string Verb, string Arguments) Split(string? text)
    {
        var rest = (text ?? "").Trim();
        foreach (var prefix in Prefixes)
        {
            if (rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == prefix.Length || char.IsWhiteSpace(rest[prefix.Length]) || rest[prefix.Length] is ':' or ','))
            {
                rest = rest[prefix.Length..].TrimStart(':', ',', ' ', '\t');
                break;
            }
        }

        var space = rest.IndexOfAny([' ', '\t', '\n']);
        return space < 0
            ? (rest.ToLowerInvariant(), "")
            : (rest[..space].ToLowerInvariant(), rest[(space + 1)..].Trim());
    }

    /// <summary>What a person wrote, cut to a short excerpt to quote back.</summary>
    public static string Excerpt(string text, int max = 30) => text.Length <= max ? text : text[..max] + "…";

    /// <summary>
    /// Whether a word that is not a command looks like a typo of <paramref name="name"/>: the start of it (three letters
    /// or more), or within one edit for words of up to four letters, two up to eight, three beyond.
    /// </summary>
    public static bool IsCloseTo(string typed, string name)
    {
        if (typed.Length >= 3 && name.StartsWith(typed, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = typed.Length <= 4 ? 1 : typed.Length <= 8 ? 2 : 3;
        return Distance(typed, name) <= allowed;
    }

    /// <summary>
    /// Edit distance with adjacent transpositions counted as one edit ("hepl" is one from "help"), for suggesting the
    /// closest command to an unknown word.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
