namespace CollabBot.Channels.Teams.Schema;

/// <summary>Answer to a send, reply or update: the activity id.</summary>
public sealed record ResourceResponse(string? Id);
