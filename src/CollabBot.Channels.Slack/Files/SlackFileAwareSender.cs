using CollabBot.Channels.Slack.Delivery;
using CollabBot.Conversations.Delivery;
using CollabBot.Domain;

namespace CollabBot.Channels.Slack.Files;

/// <summary>The Slack sender: messages with a file go through <see cref="SlackFileShare"/>, all others through <see cref="SlackChannelSender"/>.</summary>
public sealed class SlackFileAwareSender(SlackChannelSender messages, SlackFileShare files) : IChannelSender
{
    public Platform Platform => Platform.Slack;

    public Task<DeliveryOutcome> SendAsync(PendingMessage message, CancellationToken cancellationToken) =>
        message.Entry.Message.File is { } file
            ? files.SendAsync(message, file, cancellationToken)
            : messages.SendAsync(message, cancellationToken);
}
