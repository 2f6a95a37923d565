namespace CollabBot.Channels.Teams.Schema;

/// <summary>A user or bot: Teams ids are <c>29:...</c> for people and <c>28:{appId}</c> for bots.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
