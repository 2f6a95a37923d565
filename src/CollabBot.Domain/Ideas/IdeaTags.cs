namespace CollabBot.Domain.Ideas;

/// <summary>
/// Tags as people type them ("#Quick-win", "heating"): one word of letters, digits, '-' or '_', kept in lower case
/// without the '#', at most <see cref="MaxLength"/> characters.
/// </summary>
public static class IdeaTags
{
    public const int MaxLength = 30;
    public const int MaxPerIdea = 8;

    /// <summary>The tags in the words given (commas or spaces between them); a word that is not a tag is refused.</summary>
    public static IReadOnlyList<string> Read(IEnumerable<string> words)
    {
        var tags = new List<string>();
        foreach (var raw in words.SelectMany(w => w.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
        {
            var tag = raw.TrimStart('#').ToLowerInvariant();
            if (tag.Length is 0 or > MaxLength || !tag.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new DomainRuleViolation($"A tag is one word of letters, digits, - or _, at most {MaxLength} characters, e.g. `heating` or `quick-win`.");
            }

            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        if (tags.Count == 0)
        {
            throw new DomainRuleViolation("Which tags? e.g. `idea tag 4 heating, quick-win`.");
        }

        return tags;
    }
}
