namespace CollabBot.Channels.Slack.OAuth;

/// <summary>What a callback's OAuth state turned out to be.</summary>
public enum StateUse
{
    /// <summary>Forged, expired, malformed, or issued to another browser.</summary>
    Invalid,

    /// <summary>Genuine, but a callback used it before: a replay.</summary>
    AlreadyUsed,

    /// <summary>Genuine and used now, for the first time.</summary>
    Valid,
}
