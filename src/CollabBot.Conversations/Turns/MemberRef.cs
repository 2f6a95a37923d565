namespace CollabBot.Conversations.Turns;

/// <summary>A person as the platform names them.</summary>
public sealed record MemberRef(string UserId, string DisplayName);
