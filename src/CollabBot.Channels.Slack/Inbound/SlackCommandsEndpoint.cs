using System.Text;
using CollabBot.Channels.Slack.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// POST /api/slack/commands: <c>/collab &lt;command&gt;</c> from form fields, signature checked over the
/// undecoded body (checklist 35). Answered with an empty 200 once the turn is stored; the replies
/// come from the outbox. <c>ssl_check=1</c> is answered 200 and does nothing (checklist 36).
/// </summary>
public sealed class SlackCommandsEndpoint(SlackRequestGate gate, SlackTurnAcceptor acceptor, ResponseUrls responseUrls)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = await gate.ReadAsync(http.Request, http.RequestAborted);
        if (request.RejectedWith is not null)
        {
            return request.Failure;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body));
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1" && !form.ContainsKey("command"))
        {
            return Results.Ok();
        }

        if (!request.IsVerified)
        {
            return request.Failure;
        }

        if (SlashCommand.FromForm(form) is not { } command)
        {
            return Results.BadRequest();
        }

        // Carried by the turn and its replies, so a reply can fall back to it when the bot is not in the channel.
        await acceptor.AcceptAsync(http, SlackTurns.FromCommand(command) with { Origin = responseUrls.OriginOf(command) });
        return Results.Ok();
    }
}
