using CollabBot.Channels.Slack.Files;
using CollabBot.Channels.Slack.Interactivity;
using CollabBot.Conversations.Delivery;
using CollabBot.Domain;

namespace CollabBot.Channels.Slack.Delivery;

/// <summary>
/// The Slack sender the outbox sees: a message with a file goes through <see cref="SlackFileShare"/>, every other
/// through <see cref="SlackChannelSender"/>; an answer to a modal submission is also shown in that modal.
/// </summary>
public sealed class SlackOutboundRouter(SlackChannelSender messages, SlackFileShare files, ModalFollowUp modals) : IChannelSender
{
    public Platform Platform => Platform.Slack;

    public async Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        if (message.Entry.Message.File is { } file)
        {
            return await files.SendAsync(message, file, cancellationToken);
        }

        await modals.TryUpdateAsync(message, cancellationToken);
        return await messages.SendAsync(message, cancellationToken);
    }
}
