namespace CollabBot.Channels.Teams.Schema;

/// <summary>A Connector error code and message, also used in invoke error responses.</summary>
public sealed record Error(string? Code, string? Message);
