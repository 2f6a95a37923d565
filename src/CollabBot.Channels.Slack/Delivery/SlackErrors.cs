namespace CollabBot.Channels.Slack.Delivery;

/// <summary>How the sender treats Slack's error codes (checklist 40-41).</summary>
internal static class SlackErrors
{
    /// <summary>
    /// The channel or person cannot be reached, or the workspace's token no longer works: park the
    /// message and remember the target until the bot is invited again or the app is reinstalled.
    /// </summary>
    private static readonly HashSet<string> UnreachableTarget =
    [
        "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "user_not_found",
        "user_not_in_channel", "cannot_dm_bot", "user_disabled", "restricted_action", "restricted_action_read_only_channel",
        "invalid_auth", "not_authed", "token_revoked", "token_expired", "team_access_not_granted",
    ];

    /// <summary>Slack's own trouble: try again later.</summary>
    private static readonly HashSet<string> Transient =
    [
        "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "team_added_to_org",
    ];

    public static bool IsUnreachableTarget(string code) => UnreachableTarget.Contains(code);

    public static bool IsTransient(string code) => Transient.Contains(code);
}
