namespace CollabBot.Channels.Teams.Schema;

/// <summary>An activity entity; only <c>mention</c> entities are read (others, like clientInfo, are ignored).</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
}
