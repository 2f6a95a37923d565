using System.Collections.Concurrent;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>What this host already wrote to the channel state store (one per host, so per database).</summary>
public sealed class ConversationReferenceMemo
{
    internal ConcurrentDictionary<string, string> Written { get; } = new(StringComparer.Ordinal);
}
