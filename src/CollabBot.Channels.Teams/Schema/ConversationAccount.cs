namespace CollabBot.Channels.Teams.Schema;

/// <summary>The conversation an activity belongs to: personal (<c>a:...</c>), groupChat or channel (<c>19:...</c>).</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}
