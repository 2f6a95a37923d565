namespace CollabBot.Conversations.Messages;

/// <summary>What the bot says: plain text (also the fallback for notifications), optionally a card and a file.</summary>
public sealed record OutboundMessage(string Text, Card? Card = null, FileAttachment? File = null);
