using CollabBot.Domain;

namespace CollabBot.Persistence.ChannelState;

public sealed class ChannelStateEntry
{
    public Platform Platform { get; set; }
    public required string Key { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
