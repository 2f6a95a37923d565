namespace CollabBot.Conversations.Messages;

public enum Visibility
{
    /// <summary>Everyone in the conversation sees it.</summary>
    Channel,

    /// <summary>Shown in the conversation to one person only (Slack ephemeral; elsewhere a direct message).</summary>
    OnlyUser,

    /// <summary>A direct (1:1) message to one person.</summary>
    Direct,
}
