using System.Text;
using System.Text.RegularExpressions;

namespace CollabBot.Channels.Teams.Cards;

/// <summary>
/// Turns the neutral message text into Adaptive Card TextBlock markdown. Everything is escaped so that
/// text people typed (collaboration names, goals...) cannot form links, lists, headings or tags; the
/// neutral emphasis the bot writes (<c>*bold*</c>, <c>`command`</c>) becomes bold.
/// </summary>
public static partial class CardText
{
    /// <summary>CommonMark punctuation that can start markup in a TextBlock, plus angle brackets (no &lt;at&gt; look-alikes).</summary>
    private const string Special = "\\*_[]()~`#<>!|{}";

    public static string Format(string? neutral)
    {
        if (string.IsNullOrEmpty(neutral))
        {
            return "";
        }

        var output = new StringBuilder(neutral.Length + 16);
        var last = 0;
        foreach (Match match in Emphasis().Matches(neutral))
        {
            output.Append(Escape(neutral[last..match.Index]));
            var inner = match.Groups["bold"].Success ? match.Groups["bold"].Value : match.Groups["code"].Value;
            output.Append("**").Append(Escape(inner)).Append("**");
            last = match.Index + match.Length;
        }

        output.Append(Escape(neutral[last..]));
        return output.ToString();
    }

    /// <summary>Backslash-escapes markup characters and list or quote markers at the start of a line.</summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && c is '-' or '+' or '='))
            {
                output.Append('\\');
            }

            output.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return LineNumber().Replace(output.ToString(), "$1\\.");
    }

    [GeneratedRegex(@"\*(?<bold>[^*\n]+)\*|`(?<code>[^`\n]+)`")]
    private static partial Regex Emphasis();

    /// <summary>"1. " at a line start would become a numbered list.</summary>
    [GeneratedRegex(@"(?m)^(\s*\d+)\.")]
    private static partial Regex LineNumber();
}
