namespace CollabBot.Channels.Teams.Schema;

/// <summary>
/// A Bot Framework Activity: the one JSON shape the Bot Connector posts to the bot and accepts back
/// (Bot Framework Activity schema). Only the fields CollabBot reads or writes are modelled.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public string? ReplyToId { get; init; }

    /// <summary>Card submit data (Action.Submit) or the invoke payload (Action.Execute).</summary>
    public System.Text.Json.JsonElement? Value { get; init; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>installationUpdate: add, add-upgrade, remove, remove-upgrade.</summary>
    public string? Action { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
}
