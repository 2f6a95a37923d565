namespace CollabBot.Domain.Glossary;

/// <summary>
/// How terms are matched (issue 8, point 2): case-insensitively and across simple English plurals, so that
/// "Energy Poverty", "energy poverty" and "energy poverties" are one term, as are "tenant" and "Tenants".
/// </summary>
public static class TermKey
{
    public static string Of(string term)
    {
        var words = term.Trim().TrimEnd('?', '.', '!').ToLowerInvariant()
            .Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }

        words[^1] = Singular(words[^1]);
        return string.Join(' ', words);
    }

    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }
}
