using System.Collections.Concurrent;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>
/// The channel state port in memory, for adapter-level tests only; the host tests use the real store.
/// Exposes what was written so tests can check, e.g., that no token is kept in clear.
/// </summary>
public sealed class InMemoryChannelStateStore : IChannelStateStore
{
    public ConcurrentDictionary<(Platform, string), string> Entries { get; } = new();

    public Task<string?> GetAsync(Platform platform, string key, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.TryGetValue((platform, key), out var value) ? value : null);

    public Task SetAsync(Platform platform, string key, string value, CancellationToken cancellationToken)
    {
        Entries[(platform, key)] = value;
        return Task.CompletedTask;
    }

    public Task<bool> TryAddAsync(Platform platform, string key, string value, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.TryAdd((platform, key), value));

    /// <summary>Nothing here records when a key was written; as if every key were fresh.</summary>
    public Task<int> DeleteWrittenBeforeAsync(Platform platform, string keyPrefix, DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(0);

    public Task<int> DeleteByPrefixAsync(Platform platform, string keyPrefix, CancellationToken cancellationToken)
    {
        var removed = Entries.Keys.Where(k => k.Item1 == platform && k.Item2.StartsWith(keyPrefix, StringComparison.Ordinal))
            .Count(k => Entries.TryRemove(k, out _));
        return Task.FromResult(removed);
    }
}
