using System.Text.Json;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>
/// Answers <c>adaptiveCard/action</c> invokes (Action.Execute) on the HTTP response, as Universal Actions
/// require (PROTOCOLS.md §1.9, §4 item 15): the turn runs now with the invoke as its origin
/// (<see cref="TurnOrigin.InlineAnswer"/>), and its first reply meant for the caller comes back as the refreshed card (or
/// a message), already recorded as delivered by the turn's own commit; everything else goes out through the outbox.
/// </summary>
public sealed class AdaptiveCardActionHandler(ConversationEngine engine, IOptions<TeamsOptions> options)
{
    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        AdaptiveCardInvokeValue? value = null;
        if (activity.Value is { ValueKind: JsonValueKind.Object } raw)
        {
            try
            {
                value = raw.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue);
            }
            catch (JsonException)
            {
                value = null;
            }
        }

        if (value?.Action is not { } action)
        {
            return Error(400, "BadRequest", "Missing value.action in the adaptiveCard/action invoke.");
        }

        if (!string.Equals(action.Type, "Action.Execute", StringComparison.Ordinal))
        {
            return Error(400, "NotSupported", $"The action '{action.Type}' is not supported.");
        }

        var turn = TeamsTurns.CardAction(activity, action.Data, action.Verb) with { Origin = new TurnOrigin.InlineAnswer() };
        var result = await engine.HandleAsync(turn, cancellationToken);
        if (result.Duplicate)
        {
            return new InvokeResponse(200, AdaptiveCardInvokeResponse.Message("Already done."));
        }

        var body = result.InlineAnswer?.Message switch
        {
            null => AdaptiveCardInvokeResponse.Message("Done."),
            { Card: null } message => AdaptiveCardInvokeResponse.Message(message.Text),
            var message => AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(message, options.Value.MaxMessageBytes)[0]),
        };
        return new InvokeResponse(200, body);
    }

    private static InvokeResponse Error(int status, string code, string message) =>
        new(status, AdaptiveCardInvokeResponse.Failure(status, code, message));
}
