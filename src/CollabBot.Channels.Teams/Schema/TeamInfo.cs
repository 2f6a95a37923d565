namespace CollabBot.Channels.Teams.Schema;

public sealed record TeamInfo
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadGroupId { get; init; }
}
