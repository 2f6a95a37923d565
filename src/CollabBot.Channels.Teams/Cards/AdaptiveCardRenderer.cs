using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Teams.Cards;

/// <summary>
/// Renders a neutral message as Adaptive Cards of version 1.5 (the newest Teams renders, PROTOCOLS.md §1.9):
/// the text, then the card's title, body, facts, inputs and buttons. Buttons are Action.Execute with an
/// Action.Submit fallback. A message too large for one card is split over several, buttons on the last.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>Cards whose JSON each stays within <paramref name="maxCardBytes"/>.</summary>
    public static IReadOnlyList<JsonObject> Render(OutboundMessage message, int maxCardBytes)
    {
        var body = new List<JsonObject>();
        AddText(body, message.Text, maxCardBytes, subtle: false);
        var actions = new List<JsonObject>();
        if (message.Card is { } card)
        {
            if (card.Title is { Length: > 0 } title)
            {
                body.Add(CardElements.Title(title));
            }

            AddText(body, card.Body, maxCardBytes, subtle: false);
            if (card.Facts.Count > 0)
            {
                body.Add(CardElements.FactSet(card.Facts));
            }

            if (card.Table is { Columns.Count: > 0 } table)
            {
                body.Add(CardElements.Table(table));
            }

            // Teams fetches the image itself, so only an absolute URL (PublicBaseUrl set) can be shown.
            if (Uri.TryCreate(card.ImageUrl, UriKind.Absolute, out var image) && image.Scheme is "https" or "http")
            {
                body.Add(CardElements.Image(image, card.ImageAlt));
            }

            body.AddRange(card.Inputs.Select(CardElements.Input));
            AddText(body, card.Note, maxCardBytes, subtle: true);
            actions.AddRange(card.Actions.Select(CardElements.Action).OfType<JsonObject>());
        }

        // A file (an export) is offered as a signed, expiring download link served by the host.
        if (message.File is { } file)
        {
            body.Add(CardElements.Text($"*{file.Name}* ({file.ContentType}, {file.Length} bytes)"));
            if (CardElements.OpenUrl($"Download {file.Name}", file.DownloadUrl) is { } download)
            {
                actions.Add(download);
            }
            else
            {
                body.Add(CardElements.Text("The download link needs the bot's public address (PublicBaseUrl); ask the operator.", subtle: true));
            }
        }

        return Pack(body, actions, maxCardBytes);
    }

    public static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(node.ToJsonString());

    private static JsonObject Card(IEnumerable<JsonObject> body, IEnumerable<JsonObject> actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        };
        var list = actions.Select(a => (JsonNode)a.DeepClone()).ToArray();
        if (list.Length > 0)
        {
            card["actions"] = new JsonArray(list);
        }

        return card;
    }

    /// <summary>Greedy packing: elements in order; inputs and buttons stay together on the last card.</summary>
    private static List<JsonObject> Pack(List<JsonObject> body, List<JsonObject> actions, int maxCardBytes)
    {
        var whole = Card(body, actions);
        if (Size(whole) <= maxCardBytes)
        {
            return [whole];
        }

        var cards = new List<JsonObject>();
        var current = new List<JsonObject>();
        var firstInput = body.FindIndex(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        var tail = firstInput < 0 ? [] : body[firstInput..];
        var head = firstInput < 0 ? body : body[..firstInput];
        foreach (var element in head)
        {
            current.Add(element);
            if (current.Count > 1 && Size(Card(current, [])) > maxCardBytes)
            {
                current.RemoveAt(current.Count - 1);
                cards.Add(Card(current, []));
                current = [element];
            }
        }

        if (current.Count > 0 && Size(Card(current.Concat(tail), actions)) > maxCardBytes)
        {
            cards.Add(Card(current, []));
            current = [];
        }

        cards.Add(Card(current.Concat(tail), actions));
        return cards;
    }

    /// <summary>Long text is cut into TextBlocks that each fit a card comfortably, at line or word breaks.</summary>
    private static void AddText(List<JsonObject> body, string? text, int maxCardBytes, bool subtle)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // JSON may escape a character into six bytes; keep each chunk well inside the card budget.
        var maxChars = Math.Max(200, (maxCardBytes - 512) / 6);
        foreach (var chunk in Chunks(text, maxChars))
        {
            body.Add(CardElements.Text(chunk, subtle));
        }
    }

    private static IEnumerable<string> Chunks(string text, int maxChars)
    {
        var rest = text;
        while (rest.Length > maxChars)
        {
            var cut = rest.LastIndexOf('\n', maxChars);
            if (cut < maxChars / 2)
            {
                cut = rest.LastIndexOf(' ', maxChars);
            }

            if (cut < maxChars / 2)
            {
                cut = maxChars;
            }

            yield return rest[..cut];
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
