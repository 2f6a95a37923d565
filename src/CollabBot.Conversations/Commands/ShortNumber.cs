using System.Globalization;

namespace CollabBot.Conversations.Commands;

/// <summary>Reads the short number of a proposal, obstacle or puzzle as people type it: "3" or "#3".</summary>
public static class ShortNumber
{
    public static (int? Number, string Remainder) Read(string arguments)
    {
        var text = arguments.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var word = (space < 0 ? text : text[..space]).TrimStart('#');
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? (number, rest)
            : (null, text);
    }
}
