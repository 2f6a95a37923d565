namespace CollabBot.Domain;

/// <summary>Where a conversation happens. Each platform has its own channel adapter.</summary>
public enum Platform
{
    Playground,
    Slack,
    Teams,
}
