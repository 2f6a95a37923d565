namespace CollabBot.Channels.Slack.Installations;

/// <summary>
/// Keys in the channel state store. Everything about a workspace lives under <c>team/{id}/</c>, so
/// that an uninstall removes it with one prefix delete (the trailing slash keeps T1 from matching T12).
/// </summary>
internal static class SlackStateKeys
{
    public static string Team(string teamId) => $"team/{teamId}/";

    public static string TeamInstallation(string teamId) => $"team/{teamId}/installation";

    public static string Enterprise(string enterpriseId) => $"enterprise/{enterpriseId}/";

    public static string EnterpriseInstallation(string enterpriseId) => $"enterprise/{enterpriseId}/installation";

    // Ends in a slash so that clearing one channel by prefix cannot clear another whose id starts alike.
    public static string Unreachable(string teamId, string channelId) => $"team/{teamId}/unreachable/{channelId}/";

    /// <summary>The bot's direct-message channel with a person; ends in a slash for the same reason.</summary>
    public static string DirectChannel(string teamId, string userId) => $"team/{teamId}/dm/{userId}/";

    /// <summary>How often a slash command's response URL (named by its hash) was used.</summary>
    public static string ResponseUrlUses(string teamId, string urlHash) => $"team/{teamId}/response-uses/{urlHash}";

    public static string SentPart(string teamId, string idempotencyKey, int part) => $"team/{teamId}/sent/{idempotencyKey}/{part}";

    public static string SentParts(string teamId, string idempotencyKey) => $"team/{teamId}/sent/{idempotencyKey}/";
}
