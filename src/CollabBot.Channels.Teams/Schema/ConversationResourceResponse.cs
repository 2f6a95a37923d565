namespace CollabBot.Channels.Teams.Schema;

/// <summary>Answer to <c>POST v3/conversations</c>.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }
    public string? ActivityId { get; init; }
    public string? ServiceUrl { get; init; }
}
