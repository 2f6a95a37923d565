namespace CollabBot.Channels.Teams.Schema;

/// <summary>The Bot Connector's error body: <c>{"error":{"code":"BotNotInConversationRoster","message":"..."}}</c>.</summary>
public sealed record ErrorResponse(Error? Error);
