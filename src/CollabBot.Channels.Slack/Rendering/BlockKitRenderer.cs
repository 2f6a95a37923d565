using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>
/// Renders a neutral message as Block Kit within Slack's limits: long text becomes several sections,
/// more than 50 blocks become several messages (each but the last ends with a visible "continued"
/// marker, the inputs and buttons stay together in the last), and anything longer than its field
/// allows is shortened with "…". All text is escaped for mrkdwn.
/// </summary>
public static class BlockKitRenderer
{
    public const string ContinuedMarker = BlockKitLimits.Marker + " continued below";

    /// <summary>The button that opens a card's form as a modal.</summary>
    public const string FillInTitle = "Fill in";

    public static IReadOnlyList<SlackMessage> Render(OutboundMessage message)
    {
        var fallback = Mrkdwn.Shorten(Mrkdwn.Escape(message.Text), BlockKitLimits.FallbackText);
        var content = new List<JsonObject>();
        var tail = new List<JsonObject>();
        var card = message.Card;
        if (card is null || (!string.IsNullOrWhiteSpace(message.Text) && message.Text != card.Title))
        {
            content.AddRange(Sections(message.Text));
        }

        if (card is not null)
        {
            AddCard(card, content, tail);
        }

        if (message.File is { } file)
        {
            // Slack gets the file itself (files.completeUploadExternal); this is how it reads anywhere else.
            content.Add(Blocks.Section($"{Mrkdwn.Bold(file.Name)} ({file.ContentType}, {file.Length} bytes)"));
            if (Blocks.LinkButton($"Download {file.Name}", file.DownloadUrl) is { } download)
            {
                tail.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(download) });
            }
        }

        return Chunk(fallback, content, tail);
    }

    /// <summary>
    /// The message as one Slack message, for chat.update (which replaces exactly one): what does not
    /// fit is left out behind a visible marker.
    /// </summary>
    public static SlackMessage RenderOne(OutboundMessage message)
    {
        var parts = Render(message);
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var first = parts[0];
        first.Blocks[^1] = Blocks.Context(ShortenedMarker);
        return first;
    }

    public const string ShortenedMarker = BlockKitLimits.Marker + " shortened: the rest did not fit in one message";

    private static void AddCard(Card card, List<JsonObject> content, List<JsonObject> tail)
    {
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            content.Add(new JsonObject { ["type"] = "header", ["text"] = Blocks.Plain(card.Title, BlockKitLimits.HeaderText) });
        }

        if (!string.IsNullOrWhiteSpace(card.Body))
        {
            content.AddRange(Sections(card.Body));
        }

        foreach (var fact in card.Facts)
        {
            content.Add(Blocks.Section($"{Mrkdwn.Bold(fact.Label)}\n{Mrkdwn.Escape(fact.Value)}"));
        }

        if (card.Table is { } table)
        {
            content.AddRange(TableSections(table));
        }

        if (Blocks.Image(card.ImageUrl, card.ImageAlt ?? card.Title) is { } image)
        {
            content.Add(image);
        }

        if (ModalForm.Encode(card) is { } form)
        {
            // A form of several inputs opens as a modal from one button; its answers come back as the card action.
            var open = new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = ModalForm.OpenActionId,
                ["style"] = "primary",
                ["text"] = Blocks.Plain(FillInTitle, BlockKitLimits.ButtonText),
                ["value"] = form,
            };
            tail.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(open) });
            AddNote(card.Note, tail);
            return;
        }

        tail.AddRange(card.Inputs.Take(BlockKitLimits.BlocksPerMessage / 2).Select(Blocks.Input));
        var (buttons, dropped) = Buttons(card.Actions);
        foreach (var group in buttons.Chunk(BlockKitLimits.ActionsPerBlock))
        {
            tail.Add(new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. group]) });
        }

        AddNote(dropped > 0 ? $"{card.Note} {BlockKitLimits.Marker} {dropped} button(s) left out: too much data, or a link Slack cannot open".Trim() : card.Note, tail);
    }

    private static void AddNote(string? note, List<JsonObject> tail)
    {
        if (!string.IsNullOrWhiteSpace(note))
        {
            tail.Add(Blocks.Context(note));
        }
    }

    /// <summary>One section per row: the first cell as its text, the others as fields headed by their column.</summary>
    private static IEnumerable<JsonObject> TableSections(CardTable table) =>
        table.Rows.Select(row => Blocks.Fields(
            Mrkdwn.Bold(row.Count > 0 ? row[0] : ""),
            row.Skip(1).Select((cell, i) => $"{Mrkdwn.Bold(i + 1 < table.Columns.Count ? table.Columns[i + 1] : "")}\n{Mrkdwn.Escape(cell)}")));

    private static IEnumerable<JsonObject> Sections(string text) =>
        Mrkdwn.Split(Mrkdwn.Escape(text.Trim()), BlockKitLimits.SectionText).Select(Blocks.Section);

    private static (List<JsonNode> Buttons, int Dropped) Buttons(IReadOnlyList<CardAction> actions)
    {
        var buttons = new List<JsonNode>();
        var dropped = 0;
        foreach (var action in actions)
        {
            if (action.Url is not null)
            {
                if (Blocks.LinkButton(action.Title, action.Url) is { } link)
                {
                    buttons.Add(link);
                }
                else
                {
                    dropped++;
                }

                continue;
            }

            var value = JsonSerializer.Serialize(new Dictionary<string, string>(action.Data), SlackJsonContext.Default.DictionaryStringString);
            if (value.Length > BlockKitLimits.ButtonValue)
            {
                // A cut JSON value would run the wrong command; leave the button out and say so.
                dropped++;
                continue;
            }

            var button = new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = Mrkdwn.Shorten(action.Id, BlockKitLimits.Identifier),
                ["text"] = Blocks.Plain(action.Title, BlockKitLimits.ButtonText),
                ["value"] = value,
            };
            if (action.Style != ActionStyle.Default)
            {
                button["style"] = action.Style == ActionStyle.Primary ? "primary" : "danger";
            }

            buttons.Add(button);
        }

        return (buttons, dropped);
    }

    private static List<SlackMessage> Chunk(string fallback, List<JsonObject> content, List<JsonObject> tail)
    {
        var messages = new List<SlackMessage>();
        var current = new JsonArray();
        foreach (var block in content)
        {
            if (current.Count == BlockKitLimits.BlocksPerMessage - 1)
            {
                current.Add(Blocks.Context(ContinuedMarker));
                messages.Add(new SlackMessage(fallback, current));
                current = [];
            }

            current.Add(block);
        }

        if (current.Count + tail.Count > BlockKitLimits.BlocksPerMessage)
        {
            current.Add(Blocks.Context(ContinuedMarker));
            messages.Add(new SlackMessage(fallback, current));
            current = [];
        }

        foreach (var block in tail)
        {
            current.Add(block);
        }

        messages.Add(new SlackMessage(fallback, current));
        return messages;
    }
}
