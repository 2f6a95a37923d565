namespace CollabBot.Conversations.Messages;

/// <summary>What the bot says: plain text (also the fallback for notifications) and optionally a card.</summary>
public sealed record OutboundMessage(string Text, Card? Card = null);
