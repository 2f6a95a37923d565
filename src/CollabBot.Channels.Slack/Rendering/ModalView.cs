using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Inbound;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>
/// A form as a Block Kit modal (views.open) within the view limits: title, submit and close 24
/// characters, 100 blocks, private_metadata 3000 (it carries where the card was and the action's data).
/// </summary>
public static class ModalView
{
    public static JsonObject Render(ModalForm form, string channelId, string? threadTs)
    {
        var metadata = new Dictionary<string, string>(form.Data)
        {
            [SlackInteractionTurns.ChannelKey] = channelId,
            [SlackInteractionTurns.ActionKey] = form.ActionId,
        };
        if (threadTs is not null)
        {
            metadata[SlackInteractionTurns.ThreadKey] = threadTs;
        }

        var blocks = new JsonArray();
        if (!string.IsNullOrWhiteSpace(form.Body))
        {
            blocks.Add(Blocks.Section(Mrkdwn.Escape(form.Body)));
        }

        foreach (var input in form.Inputs.Take(BlockKitLimits.BlocksPerView - blocks.Count))
        {
            blocks.Add(Blocks.Input(input));
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = ModalForm.CallbackId,
            ["title"] = Blocks.Plain(form.Title, BlockKitLimits.ViewTitle),
            ["submit"] = Blocks.Plain(form.Submit, BlockKitLimits.ViewTitle),
            ["close"] = Blocks.Plain("Cancel", BlockKitLimits.ViewTitle),
            // The form's data fits a button value (2000), so with the address it stays within 3000.
            ["private_metadata"] = JsonSerializer.Serialize(metadata, SlackJsonContext.Default.DictionaryStringString),
            ["blocks"] = blocks,
        };
    }

    /// <summary>What the modal shows once submitted, while the answer is on its way (response_action "update").</summary>
    public static JsonObject Pending(string title) => Notice(title, "Sending your answer…");

    /// <summary>The bot's answer to the submission, shown in the same modal (views.update).</summary>
    public static JsonObject Answered(string title, string answer) => Notice(title, answer);

    private static JsonObject Notice(string title, string text) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = ModalForm.CallbackId + "_done",
        ["title"] = Blocks.Plain(title, BlockKitLimits.ViewTitle),
        ["close"] = Blocks.Plain("Close", BlockKitLimits.ViewTitle),
        ["blocks"] = new JsonArray(Blocks.Section(Mrkdwn.Escape(text))),
    };
}
