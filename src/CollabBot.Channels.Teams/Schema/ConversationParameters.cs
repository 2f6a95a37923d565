namespace CollabBot.Channels.Teams.Schema;

/// <summary>Body of <c>POST v3/conversations</c>: opens a 1:1 chat with a member ("You must supply the user ID and the tenant ID").</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public required ChannelAccount Bot { get; init; }
    public required IReadOnlyList<ChannelAccount> Members { get; init; }
    public string? TenantId { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}
