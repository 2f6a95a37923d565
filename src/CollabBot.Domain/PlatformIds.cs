namespace CollabBot.Domain;

/// <summary>
/// The longest platform identifiers stored. Slack's ids are short; Teams conversation ids are not bounded by the Bot
/// Framework (used in URLs, so under 2,048) and 1:1 chat ids of over 300 characters occur.
/// </summary>
public static class PlatformIds
{
    public const int MaxWorkspaceId = 200;
    public const int MaxUserId = 256;
    public const int MaxConversationId = 1000;

    /// <summary>Whether a turn's address and person fit what is stored.</summary>
    public static bool Fit(string workspaceId, string conversationId, string userId) =>
        workspaceId.Length <= MaxWorkspaceId && conversationId.Length <= MaxConversationId && userId.Length <= MaxUserId;
}
