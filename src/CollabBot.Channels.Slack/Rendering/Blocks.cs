using System.Text.Json.Nodes;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>Single Block Kit blocks and text objects, each cut to its limit.</summary>
internal static class Blocks
{
    public static JsonObject Plain(string text, int max) =>
        new() { ["type"] = "plain_text", ["text"] = Mrkdwn.Shorten(text, max), ["emoji"] = true };

    /// <summary>A section of already escaped mrkdwn.</summary>
    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Shorten(mrkdwn, BlockKitLimits.SectionText) },
    };

    /// <summary>A section whose text names the row and whose fields (at most 10, each 2000 characters) carry its cells.</summary>
    public static JsonObject Fields(string mrkdwn, IEnumerable<string> fields) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Shorten(mrkdwn, BlockKitLimits.SectionText) },
        ["fields"] = new JsonArray([.. fields.Take(BlockKitLimits.FieldsPerSection)
            .Select(f => (JsonNode)new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Shorten(f, BlockKitLimits.FieldText) })]),
    };

    /// <summary>A link button: Slack opens the URL (and still reports the click, which is acknowledged and ignored).</summary>
    public static JsonObject? LinkButton(string title, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && url.Length <= BlockKitLimits.ButtonUrl
            ? new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = Mrkdwn.Shorten(LinkActionPrefix + title, BlockKitLimits.Identifier),
                ["text"] = Plain(title, BlockKitLimits.ButtonText),
                ["url"] = url,
            }
            : null;

    /// <summary>The action_id prefix of link buttons, whose clicks are not card actions.</summary>
    public const string LinkActionPrefix = "collab_link:";

    public static JsonObject Context(string text) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Mrkdwn.Shorten(Mrkdwn.Escape(text), BlockKitLimits.ContextText) }),
    };

    /// <summary>
    /// An image block, when the URL is one Slack can fetch: absolute http(s) and within 3000 characters
    /// (the host gives a relative link when no public base URL is configured).
    /// </summary>
    public static JsonObject? Image(string? url, string? alt) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && url.Length <= BlockKitLimits.ImageUrl
            ? new JsonObject { ["type"] = "image", ["image_url"] = url, ["alt_text"] = Mrkdwn.Shorten(string.IsNullOrWhiteSpace(alt) ? "chart" : alt, BlockKitLimits.ImageAlt) }
            : null;

    /// <summary>An input block whose block_id and action_id are the input's id, so its value comes back under that id.</summary>
    public static JsonObject Input(CardInput input)
    {
        var id = Mrkdwn.Shorten(input.Id, BlockKitLimits.Identifier);
        // A select needs at least one option; without any the input falls back to free text.
        JsonObject element = input.Kind switch
        {
            InputKind.Choice when input.Choices.Count > 0 => new JsonObject
            {
                ["type"] = "static_select",
                ["options"] = new JsonArray([.. input.Choices.Take(BlockKitLimits.Options).Select(Option)]),
            },
            _ => new JsonObject
            {
                ["type"] = "plain_text_input",
                ["multiline"] = input.Kind == InputKind.MultilineText,
                ["max_length"] = Math.Clamp(input.MaxLength, 1, BlockKitLimits.InputText),
            },
        };
        element["action_id"] = id;
        if (!string.IsNullOrWhiteSpace(input.Placeholder))
        {
            element["placeholder"] = Plain(input.Placeholder, BlockKitLimits.Placeholder);
        }

        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = id,
            ["optional"] = !input.Required,
            ["label"] = Plain(input.Label, BlockKitLimits.Label),
            ["element"] = element,
        };
    }

    private static JsonNode Option(CardChoice choice) => new JsonObject
    {
        ["text"] = Plain(choice.Title, BlockKitLimits.OptionText),
        ["value"] = Mrkdwn.Shorten(choice.Value, BlockKitLimits.OptionValue),
    };
}
