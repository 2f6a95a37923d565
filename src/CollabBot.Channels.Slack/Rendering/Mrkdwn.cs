using System.Globalization;
using System.Text.RegularExpressions;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>
/// Text for Slack's mrkdwn. Every <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> is escaped, so no text can
/// become <c>&lt;!channel&gt;</c>, a fake link or a channel link; only plain user mentions
/// (<c>&lt;@U123&gt;</c>, the neutral mention form) are kept as mentions.
/// </summary>
public static partial class Mrkdwn
{
    public static string Escape(string text)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        return EscapedMention().Replace(escaped, "<@$1>");
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending in a visible
    /// marker, without splitting an escape entity or a surrogate pair.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = SafeCut(text, max - BlockKitLimits.Marker.Length);
        return string.Concat(text.AsSpan(0, cut), BlockKitLimits.Marker);
    }

    /// <summary>Splits text into pieces of at most <paramref name="max"/> characters, at line breaks where it can.</summary>
    public static IEnumerable<string> Split(string text, int max)
    {
        var rest = text;
        while (rest.Length > max)
        {
            var at = rest.LastIndexOf('\n', max - 1);
            if (at <= 0)
            {
                at = SafeCut(rest, max);
            }

            yield return rest[..at];
            rest = rest[at..].TrimStart('\n');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>Moves a cut back so that it does not fall inside an escape entity or a surrogate pair.</summary>
    private static int SafeCut(string text, int at)
    {
        // "&amp;" is the longest entity Escape writes: a cut inside one has its '&' in the 4 characters before.
        var amp = text.LastIndexOf('&', at - 1, Math.Min(at, 4));
        if (amp >= 0 && text.IndexOf(';', amp, at - amp) < 0)
        {
            at = amp;
        }

        if (at > 0 && char.IsHighSurrogate(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    public static string Bold(string label) => string.Create(CultureInfo.InvariantCulture, $"*{Escape(label)}*");

    [GeneratedRegex("&lt;@([UW][A-Z0-9]{2,20})&gt;")]
    private static partial Regex EscapedMention();
}
