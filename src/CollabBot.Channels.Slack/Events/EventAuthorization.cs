namespace CollabBot.Channels.Slack.Events;

/// <summary>One installation an event is visible to; <c>UserId</c> is the bot user when <c>IsBot</c>.</summary>
public sealed record EventAuthorization
{
    public string? EnterpriseId { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
    public bool IsEnterpriseInstall { get; init; }
}
