using System.Text.Json;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>
/// Answers <c>adaptiveCard/action</c> invokes (Action.Execute) on the HTTP response, as Universal Actions
/// require (PROTOCOLS.md §1.9, §4 item 15): the turn runs now, and the first reply meant for the caller comes
/// back as the refreshed card (or a message); everything else goes out through the outbox.
/// </summary>
public sealed class AdaptiveCardActionHandler(
    ConversationEngine engine, IOutboxStore outbox, OutboxSignal outboxSignal, InvokeAnswers answers, IOptions<TeamsOptions> options)
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

        var turn = TeamsTurns.CardAction(activity, action.Data, invoke: true, action.Verb);
        var result = await engine.HandleAsync(turn, cancellationToken);
        if (result.Duplicate)
        {
            return new InvokeResponse(200, AdaptiveCardInvokeResponse.Message("Already done."));
        }

        var replies = await outbox.GetAsync(result.OutboxIds, cancellationToken);
        var forCaller = replies.FirstOrDefault(r => r.Entry.Visibility != Visibility.Channel && r.Entry.RecipientUserId == turn.Who.UserId);
        await answers.RecordAsync(turn.DedupKey, forCaller?.Entry.IdempotencyKey, cancellationToken);
        AdaptiveCardInvokeResponse body;
        if (forCaller is null)
        {
            body = AdaptiveCardInvokeResponse.Message("Done.");
        }
        else
        {
            body = forCaller.Entry.Message.Card is null
                ? AdaptiveCardInvokeResponse.Message(forCaller.Entry.Message.Text)
                : AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(forCaller.Entry.Message, options.Value.MaxMessageBytes)[0]);

            // Delivered as the invoke response, so the dispatcher must not post it again.
            await outbox.MarkSentAsync(forCaller.Id, $"invoke:{activity.Id}", cancellationToken);
        }

        outboxSignal.Notify();
        return new InvokeResponse(200, body);
    }

    private static InvokeResponse Error(int status, string code, string message) =>
        new(status, AdaptiveCardInvokeResponse.Failure(status, code, message));
}
