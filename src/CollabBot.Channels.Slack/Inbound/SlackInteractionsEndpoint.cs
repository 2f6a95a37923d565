using System.Text;
using System.Text.Json;
using CollabBot.Channels.Slack.Interactivity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// POST /api/slack/interactions: the form field <c>payload</c> holds the JSON (checklist 35).
/// Button clicks (block_actions) and modal submits (view_submission) become card-action turns; an
/// empty 200 acknowledges the click or closes the modal.
/// </summary>
public sealed class SlackInteractionsEndpoint(SlackRequestGate gate, SlackTurnAcceptor acceptor)
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
            var turn = type switch
            {
                BlockActions.PayloadType => SlackInteractionTurns.FromBlockActions(
                    JsonSerializer.Deserialize(json, SlackJsonContext.Default.BlockActions)!),
                ViewSubmission.PayloadType => SlackInteractionTurns.FromViewSubmission(
                    JsonSerializer.Deserialize(json, SlackJsonContext.Default.ViewSubmission)!),
                _ => null,
            };
            if (turn is not null)
            {
                await acceptor.AcceptAsync(http, turn);
            }
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        return Results.Ok();
    }
}
