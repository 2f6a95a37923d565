using System.Text.RegularExpressions;

namespace CollabBot.Domain.Text;

/// <summary>
/// The bot's words for a member who said `plain on` (issue 27, item 2): its research terms (coupling, value chain, network
/// stage, reservation...) become everyday words. Commands between backticks stay as they are, since they must still be
/// typed that way. A term at the start of a sentence keeps its capital.
/// </summary>
public static class PlainWords
{
    // Longer phrases first, so "value chain" is not read as "value" and "chain".
    private static readonly (string Term, string Plain)[] Terms =
    [
        ("network stage", "how far the team reaches"),
        ("your value chain", "what you get from taking part"),
        ("value chains", "what people get from taking part"),
        ("value chain", "what you get from taking part"),
        ("value commitment", "what you want and will give"),
        ("value proposition", "what the team offers you"),
        ("value dimensions", "kinds of value"),
        ("agree with reservations", "agree, with a concern"),
        ("reservations", "concerns"),
        ("reservation", "concern"),
        ("coupling", "getting started"),
        ("integration", "working together"),
        ("linking", "reaching out"),
        ("consolidating", "getting stronger"),
        ("weakening", "lower lately"),
        ("commitment", "plan"),
        ("consent decision", "decision"),
        ("quorum", "the share who must take part"),
        ("catalyst", "challenger"),
        ("ideate", "finding ideas"),
    ];

    private static readonly Regex Pattern = new(
        @"\b(" + string.Join("|", Terms.Select(t => Regex.Escape(t.Term))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, string> Lookup = Terms.ToDictionary(t => t.Term, t => t.Plain, StringComparer.OrdinalIgnoreCase);

    /// <summary>The text in plain words; what is between backticks is left alone.</summary>
    public static string Apply(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var parts = text.Split('`');
        for (var i = 0; i < parts.Length; i += 2)
        {
            parts[i] = Pattern.Replace(parts[i], m => Capitalised(m.Value, Lookup[m.Value]));
        }

        return string.Join('`', parts);
    }

    private static string Capitalised(string original, string plain) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(plain[0]) + plain[1..] : plain;
}
