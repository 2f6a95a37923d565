using System.Collections.Concurrent;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>
/// What this host already wrote to the channel state store, and which targets it lately found without an unreachable
/// mark (one per host, so per database).
/// </summary>
public sealed class ConversationReferenceMemo
{
    internal ConcurrentDictionary<string, string> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>Target key → when (<see cref="Environment.TickCount64"/>) its "no unreachable mark" answer goes stale.</summary>
    internal ConcurrentDictionary<string, long> ReachableUntil { get; } = new(StringComparer.Ordinal);
}
