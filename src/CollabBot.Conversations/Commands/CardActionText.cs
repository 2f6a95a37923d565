using System.Text.RegularExpressions;

namespace CollabBot.Conversations.Commands;

/// <summary>
/// Card buttons run commands: an action carries a "command" template such as "join as {sector}",
/// filled from the card's inputs. The same text a person could type, so every platform behaves alike.
/// A placeholder ending in "?" (<c>{reason?}</c>) is optional: left empty, it is dropped.
/// </summary>
public static partial class CardActionText
{
    public const string CommandKey = "command";

    /// <summary>The command text, or null with the reason when an input the template needs is empty.</summary>
    public static (string? Text, string? Missing) Build(IReadOnlyDictionary<string, string> values)
    {
        if (!values.TryGetValue(CommandKey, out var template) || string.IsNullOrWhiteSpace(template))
        {
            return (null, null);
        }

        string? missing = null;
        var text = Placeholder().Replace(template, match =>
        {
            var key = match.Groups[1].Value;
            if (values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            if (!match.Groups[2].Success)
            {
                missing ??= key;
            }

            return "";
        });
        return missing is null ? (text.Trim(), null) : (null, missing);
    }

    [GeneratedRegex(@"\{([a-zA-Z0-9_]+)(\?)?\}")]
    private static partial Regex Placeholder();
}
