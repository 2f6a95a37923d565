namespace CollabBot.Channels.Teams.Schema;

/// <summary>Teams' <c>channelData</c>: the authoritative tenant, team and channel ids (PROTOCOLS.md §1.7).</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
}
