using System.Text.Json.Nodes;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Teams.Cards;

/// <summary>The Adaptive Card elements CollabBot uses, each built from one neutral part.</summary>
public static class CardElements
{
    /// <summary>Data key carrying the neutral action id, so both Action.Execute and Action.Submit bring it back.</summary>
    public const string ActionIdKey = "actionId";

    public static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Format(text), ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }

        return block;
    }

    public static JsonObject Title(string title) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = CardText.Escape(title),
        ["size"] = "Medium",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    public static JsonObject FactSet(IEnumerable<CardFact> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts
            .Select(f => (JsonNode)new JsonObject { ["title"] = CardText.Format(f.Label), ["value"] = CardText.Format(f.Value) }).ToArray()),
    };

    public static JsonObject Image(Uri url, string? altText) => new()
    {
        ["type"] = "Image",
        ["url"] = url.AbsoluteUri,
        ["altText"] = altText ?? "",
        ["size"] = "Stretch",
    };

    public static JsonObject Input(CardInput input)
    {
        var element = new JsonObject
        {
            ["type"] = input.Kind == InputKind.Choice ? "Input.ChoiceSet" : "Input.Text",
            ["id"] = input.Id,
            ["label"] = input.Label,
            ["isRequired"] = input.Required,
        };
        if (input.Required)
        {
            element["errorMessage"] = $"{input.Label} is required.";
        }

        if (input.Kind == InputKind.Choice)
        {
            element["style"] = "compact";
            element["choices"] = new JsonArray(input.Choices
                .Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray());
            return element;
        }

        element["maxLength"] = input.MaxLength;
        element["isMultiline"] = input.Kind == InputKind.MultilineText;
        if (input.Placeholder is { Length: > 0 } placeholder)
        {
            element["placeholder"] = placeholder;
        }

        return element;
    }

    /// <summary>A Table (Adaptive Cards 1.5): the column headings as its first row, then one row per table row.</summary>
    public static JsonObject Table(CardTable table)
    {
        var width = table.Columns.Count;
        var rows = new[] { table.Columns }.Concat(table.Rows)
            .Select((row, index) => (JsonNode)new JsonObject
            {
                ["type"] = "TableRow",
                ["cells"] = new JsonArray([.. Enumerable.Range(0, width).Select(i => (JsonNode)new JsonObject
                {
                    ["type"] = "TableCell",
                    ["items"] = new JsonArray(Cell(i < row.Count ? row[i] : "", header: index == 0)),
                })]),
            });
        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = true,
            ["columns"] = new JsonArray([.. Enumerable.Range(0, width).Select(_ => (JsonNode)new JsonObject { ["width"] = 1 })]),
            ["rows"] = new JsonArray([.. rows]),
        };
    }

    /// <summary>An Action.OpenUrl, when Teams can open the URL (absolute http or https); otherwise null.</summary>
    public static JsonObject? OpenUrl(string title, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = uri.AbsoluteUri }
            : null;

    private static JsonObject Cell(string text, bool header)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Escape(text), ["wrap"] = true };
        if (header)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }

    /// <summary>
    /// Action.Execute (Universal Actions) with an Action.Submit fallback for older clients (PROTOCOLS.md §4 item 29);
    /// a link button becomes Action.OpenUrl, or null when its URL cannot be opened from Teams.
    /// </summary>
    public static JsonObject? Action(CardAction action)
    {
        if (action.Url is not null)
        {
            return OpenUrl(action.Title, action.Url);
        }

        var data = new JsonObject { [ActionIdKey] = action.Id };
        foreach (var (key, value) in action.Data)
        {
            data[key] = value;
        }

        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = action.Title,
            ["verb"] = action.Id,
            ["data"] = data,
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = action.Title, ["data"] = data.DeepClone() },
        };
        if (action.Style != ActionStyle.Default)
        {
            execute["style"] = action.Style == ActionStyle.Primary ? "positive" : "destructive";
        }

        return execute;
    }
}
