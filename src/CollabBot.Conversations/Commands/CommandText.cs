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

    /// <summary>Edit distance, for suggesting the closest command to an unknown word.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
