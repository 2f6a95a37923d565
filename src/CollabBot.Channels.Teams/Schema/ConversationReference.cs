namespace CollabBot.Channels.Teams.Schema;

/// <summary>
/// What is needed to talk in a conversation later (proactive messages): service URL, bot, conversation
/// and, for a member, the user. Stored at first contact or install (PROTOCOLS.md §1.6).
/// </summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public required ChannelAccount Bot { get; init; }
    public ChannelAccount? User { get; init; }

    /// <summary>The conversation; for a member, their 1:1 chat with the bot once known.</summary>
    public ConversationAccount? Conversation { get; init; }

    public required string TenantId { get; init; }
}
