using System.Text.RegularExpressions;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// Slack sends the text people type with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> (and only those) written as
/// <c>&amp;amp;</c>, <c>&amp;lt;</c> and <c>&amp;gt;</c>, so that its own markup (<c>&lt;@U123&gt;</c>, links) stands
/// out. The bot stores plain text and escapes it once on the way out (<see cref="Rendering.Mrkdwn"/>); this is the way in.
/// </summary>
public static partial class SlackText
{
    /// <summary>The plain text, decoded in one pass (so <c>&amp;amp;lt;</c>, a person typing "&amp;lt;", stays "&amp;lt;").</summary>
    public static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? Entity().Replace(text, m => m.Groups[1].Value switch
        {
            "amp" => "&",
            "lt" => "<",
            _ => ">",
        }) : text;

    [GeneratedRegex("&(amp|lt|gt);")]
    private static partial Regex Entity();
}
