namespace CollabBot.Channels.Slack.Installations;

/// <summary>
/// One workspace's (or, for an org-wide install, one enterprise's) installation of the app, as
/// <c>oauth.v2.access</c> returned it (PROTOCOLS.md §3.4, checklist 44). The bot token is kept
/// encrypted at rest; <see cref="BotToken"/> holds the protected form while stored.
/// </summary>
public sealed record SlackInstallation
{
    public required string TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public bool IsEnterpriseInstall { get; init; }
    public string? BotUserId { get; init; }
    public required string BotToken { get; init; }
    public string? Scope { get; init; }
    public string? AppId { get; init; }
    public DateTimeOffset InstalledAt { get; init; }

    /// <summary>Never print the token, not even in a debugger's record display.</summary>
    public override string ToString() => $"SlackInstallation {{ TeamId = {TeamId}, EnterpriseId = {EnterpriseId}, BotUserId = {BotUserId} }}";
}
