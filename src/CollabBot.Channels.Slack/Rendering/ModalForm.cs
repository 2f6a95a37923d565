using System.Text.Json;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Rendering;

/// <summary>
/// A card's form (its inputs and its one submit action), carried in the value of the message's
/// "Fill in" button so the modal can be opened from the click alone: nothing is stored. A form whose
/// encoding does not fit a button value (2000 characters) stays inline in the message.
/// </summary>
public sealed record ModalForm(string Title, string? Body, string ActionId, string Submit, IReadOnlyDictionary<string, string> Data, IReadOnlyList<CardInput> Inputs)
{
    /// <summary>The action_id of the button that opens the form as a modal.</summary>
    public const string OpenActionId = "collab_open_form";

    /// <summary>The callback_id of the modal, so its submission is known as ours.</summary>
    public const string CallbackId = "collab_form";

    /// <summary>Forms with at least this many inputs open as a modal; a single choice stays in the message.</summary>
    public const int MinimumInputs = 2;

    public static string? Encode(Card card)
    {
        if (card.Inputs.Count < MinimumInputs || card.Actions.Count != 1)
        {
            return null;
        }

        var action = card.Actions[0];
        var form = new ModalForm(card.Title ?? action.Title, card.Body, action.Id, action.Title, action.Data, card.Inputs);
        var json = JsonSerializer.Serialize(form, SlackJsonContext.Default.ModalForm);
        return json.Length <= BlockKitLimits.ButtonValue ? json : null;
    }

    public static ModalForm? Decode(string? value)
    {
        try
        {
            return value is null ? null : JsonSerializer.Deserialize(value, SlackJsonContext.Default.ModalForm);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
