using System.Collections.Concurrent;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>The inbox port in memory, for adapter-level tests: it keeps every accepted turn, once per key.</summary>
public sealed class InMemoryTurnInbox : ITurnInbox
{
    private readonly ConcurrentDictionary<string, InboundTurn> _turns = new();
    private int _attempts;

    public IReadOnlyList<InboundTurn> Accepted => [.. _turns.Values];

    /// <summary>How often an adapter offered a turn, repeats included.</summary>
    public int Attempts => _attempts;

    public Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return Task.FromResult(_turns.TryAdd(turn.DedupKey, turn));
    }

    public Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(long, InboundTurn)>>([]);

    public Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> FailAsync(
        long id, IReadOnlyList<long> laterIds, string reason, int maxAttempts, TimeSpan retryDelay, Conversations.Messages.OutboxEntry? notice, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<IReadOnlyList<ParkedTurn>> ListParkedAsync(int max, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ParkedTurn>>([]);
}
