using CollabBot.Domain;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// A small durable key/value store for channel adapters (installations, conversation references,
/// unreachable targets), so that adapters never reach into persistence. Values are opaque strings;
/// adapters encrypt what is secret before storing it.
/// </summary>
public interface IChannelStateStore
{
    Task<string?> GetAsync(Platform platform, string key, CancellationToken cancellationToken);

    Task SetAsync(Platform platform, string key, string value, CancellationToken cancellationToken);

    /// <summary>Deletes every key that starts with <paramref name="keyPrefix"/>; returns how many.</summary>
    Task<int> DeleteByPrefixAsync(Platform platform, string keyPrefix, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the value only when the key is not stored yet; false when it was, also when another host stored it a moment
    /// earlier (a claim that exactly one caller wins, such as a single-use OAuth state).
    /// </summary>
    Task<bool> TryAddAsync(Platform platform, string key, string value, CancellationToken cancellationToken);

    /// <summary>Deletes the keys under <paramref name="keyPrefix"/> last written before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteWrittenBeforeAsync(Platform platform, string keyPrefix, DateTimeOffset before, CancellationToken cancellationToken);
}
