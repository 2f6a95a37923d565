namespace CollabBot.Channels.Teams.Schema;

/// <summary>One reaction in <c>reactionsAdded</c>/<c>reactionsRemoved</c> (like, heart, ...).</summary>
public sealed record MessageReaction(string? Type);
