using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Inbound;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>
/// Answers a submitted form modal in Slack's terms (PROTOCOLS.md §2.5): input that fails the form's own rules is
/// answered with <c>{"response_action":"errors"}</c> beside each field and changes nothing; a good submission is
/// stored as a card-action turn whose origin is the modal (<see cref="TurnOrigin.Modal"/>: its view id and title, in
/// the same write as the turn), and the modal turns into "Sending your answer…" (<c>response_action: update</c>),
/// which <see cref="ModalFollowUp"/> replaces with the bot's answer (views.update).
/// </summary>
public sealed class ModalSubmissions(SlackTurnAcceptor acceptor)
{
    public async Task<IResult> HandleAsync(HttpContext http, ViewSubmission payload)
    {
        if (SlackInteractionTurns.FromViewSubmission(payload) is not { } turn)
        {
            return Results.Ok();
        }

        if (payload.View.CallbackId != ModalForm.CallbackId)
        {
            await acceptor.AcceptAsync(http, turn);
            return Results.Ok();
        }

        var errors = CardInputCheck.Errors(ModalInputs.FromBlocks(payload.View.Blocks), Submitted(payload.View.State));
        if (errors.Count > 0)
        {
            var fields = new JsonObject();
            foreach (var (id, message) in errors)
            {
                fields[id] = message;
            }

            return Results.Json(new JsonObject { ["response_action"] = "errors", ["errors"] = fields });
        }

        var title = payload.View.Title?["text"] is JsonValue text && text.TryGetValue<string>(out var t) ? t : "CollabBot";
        await acceptor.AcceptAsync(http, turn with { Origin = new TurnOrigin.Modal(payload.View.Id, title) });
        return Results.Json(new JsonObject { ["response_action"] = "update", ["view"] = ModalView.Pending(title) });
    }

    private static Dictionary<string, string> Submitted(InteractionState? state)
    {
        var values = new Dictionary<string, string>();
        foreach (var (_, inputs) in state?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, InputState>>())
        {
            foreach (var (actionId, input) in inputs)
            {
                values[actionId] = input.Current ?? "";
            }
        }

        return values;
    }
}
