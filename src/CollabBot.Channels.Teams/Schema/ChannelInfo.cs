namespace CollabBot.Channels.Teams.Schema;

public sealed record ChannelInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
