using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;

namespace CollabBot.Channels.Playground;

/// <summary>A message as the Playground API shows it.</summary>
/// <param name="UpdatesMessageId">Set when this message replaces an earlier one in place.</param>
/// <param name="File">A file sent with the message (an export); the page shows its signed download link.</param>
public sealed record PlaygroundMessage(
    long Id, string ConversationId, Visibility Visibility, string? RecipientUserId, string Text, Card? Card, long? UpdatesMessageId, FileAttachment? File)
{
    public static PlaygroundMessage From(DeliveredMessage message) => new(
        message.Id, message.Entry.To.ConversationId, message.Entry.Visibility,
        message.Entry.Visibility == Visibility.Channel ? null : message.Entry.RecipientUserId,
        message.Entry.Message.Text, message.Entry.Message.Card, message.Entry.UpdatesMessageId, message.Entry.Message.File);
}
