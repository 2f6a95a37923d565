namespace CollabBot.Channels.Slack.Events;

/// <summary>
/// The inner event of an <see cref="EventCallback"/>: the fields of the subscribed events
/// (app_mention, message, reaction_added, member_joined_channel, app_home_opened, app_uninstalled,
/// tokens_revoked) that the adapter reads.
/// </summary>
public sealed record SlackEvent
{
    public required string Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Team { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? EventTs { get; init; }
    public string? Tab { get; init; }
    public string? Reaction { get; init; }
    public ReactionItem? Item { get; init; }
    public RevokedTokens? Tokens { get; init; }
}

/// <summary>What a reaction was added to.</summary>
public sealed record ReactionItem(string? Type, string? Channel, string? Ts);

/// <summary>The user ids whose tokens <c>tokens_revoked</c> revoked, by token kind.</summary>
public sealed record RevokedTokens(IReadOnlyList<string>? Oauth, IReadOnlyList<string>? Bot);
