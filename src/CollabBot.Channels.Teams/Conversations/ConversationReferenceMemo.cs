using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>
/// What this host already wrote to the channel state store, and which targets it lately found without an unreachable
/// mark (one per host, so per database). Each keeps at most <see cref="Limit"/> entries, the least recently used
/// leaving first.
/// </summary>
public sealed class ConversationReferenceMemo : IDisposable
{
    private const int Limit = 100_000;

    /// <summary>Key → the reference's JSON as this host last wrote or read it.</summary>
    internal MemoryCache Written { get; } = new(new MemoryCacheOptions { SizeLimit = Limit });

    /// <summary>Target keys found without an unreachable mark; each entry expires when that answer goes stale.</summary>
    internal MemoryCache Reachable { get; } = new(new MemoryCacheOptions { SizeLimit = Limit });

    public void Dispose()
    {
        Written.Dispose();
        Reachable.Dispose();
    }
}
