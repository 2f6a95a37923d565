using CollabBot.Domain;

namespace CollabBot.Conversations.Storage;

/// <summary>One <see cref="IChannelStateStore"/> entry to set; the last write of a key wins.</summary>
public sealed record ChannelStateWrite(Platform Platform, string Key, string Value);
