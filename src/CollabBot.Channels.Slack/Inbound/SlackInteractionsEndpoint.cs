using System.Text;
using System.Text.Json;
using CollabBot.Channels.Slack.Interactivity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// POST /api/slack/interactions: the form field <c>payload</c> holds the JSON (checklist 35).
/// Button clicks (block_actions) and modal submits (view_submission) become card-action turns, except
/// "Fill in", which opens the card's form as a modal; an empty 200 acknowledges the click. A form modal's submission
/// is answered by <see cref="ModalSubmissions"/> (field errors, or the modal updated in place).
/// </summary>
public sealed class SlackInteractionsEndpoint(SlackRequestGate gate, SlackTurnAcceptor acceptor, SlackModalOpener modals, ModalSubmissions submissions)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = await gate.ReadAsync(http.Request, http.RequestAborted);
        if (!request.IsVerified)
        {
            return request.Failure;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body));
        if (!form.TryGetValue("payload", out var payload) || payload.Count != 1 || string.IsNullOrEmpty(payload[0]))
        {
            return Results.BadRequest();
        }

        try
        {
            var json = payload[0]!;
            var type = JsonSerializer.Deserialize(json, SlackJsonContext.Default.InteractionType)?.Type;
            if (type == BlockActions.PayloadType)
            {
                var actions = JsonSerializer.Deserialize(json, SlackJsonContext.Default.BlockActions)!;
                if (!await modals.TryOpenAsync(actions, http.RequestAborted) && SlackInteractionTurns.FromBlockActions(actions) is { } clicked)
                {
                    await acceptor.AcceptAsync(http, clicked);
                }

                return Results.Ok();
            }

            if (type == ViewSubmission.PayloadType)
            {
                return await submissions.HandleAsync(http, JsonSerializer.Deserialize(json, SlackJsonContext.Default.ViewSubmission)!);
            }
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        return Results.Ok();
    }
}
