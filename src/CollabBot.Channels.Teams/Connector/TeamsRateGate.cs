using CollabBot.Conversations.Delivery;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// Teams' documented limits, kept on the client (PROTOCOLS.md §1.10; Microsoft "Rate limiting for bots"): per bot
/// per thread (a channel, group chat or 1:1 chat) 7 sends in 1 s, 8 in 2 s, 60 in 30 s and 1,800 in an hour; and
/// 50 requests a second per app per tenant over every call. A 429 pauses the thread it was for.
/// </summary>
public sealed class TeamsRateGate(TimeProvider clock)
{
    /// <summary>The longest wait a sender sits out itself; a longer one goes back to its lane as a throttle.</summary>
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(2);

    // The margins absorb the time a call takes to reach the Connector, so a full window never lands early.
    private static readonly RateLimit[] PerThread =
    [
        new(7, TimeSpan.FromMilliseconds(1025)), new(8, TimeSpan.FromMilliseconds(2025)),
        new(60, TimeSpan.FromSeconds(30.1)), new(1800, TimeSpan.FromSeconds(3600.5)),
    ];

    private static readonly RateLimit[] PerApp = [new(50, TimeSpan.FromMilliseconds(1005))];

    private readonly RateWindows _windows = new(clock);

    /// <summary>
    /// Waits for a slot for a call in <paramref name="conversationId"/> (null for creating a conversation) in the
    /// tenant; false, with the wait, when the slot is further away than <see cref="MaxInlineWait"/>.
    /// </summary>
    public async Task<(bool Go, TimeSpan Wait, DateTimeOffset Slot)> WaitAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        (string, IReadOnlyList<RateLimit>) app = ($"app:{tenantId}", PerApp);
        (string, IReadOnlyList<RateLimit>) own = conversationId is null ? (CreateKey(tenantId), []) : (ThreadKey(conversationId), PerThread);
        while (true)
        {
            // Reserved only when due: a slot taken ahead would be counted before the calls still on the way are answered.
            var (reserved, wait, at) = _windows.TryReserve([app, own], TimeSpan.Zero);
            if (reserved || wait > MaxInlineWait)
            {
                return (reserved, wait, at);
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>The call in the slot was answered: it counts from now (see <see cref="RateWindows.Complete"/>).</summary>
    public void Complete(string tenantId, string? conversationId, DateTimeOffset slot) =>
        _windows.Complete(conversationId is null ? [$"app:{tenantId}", CreateKey(tenantId)] : [$"app:{tenantId}", ThreadKey(conversationId)], slot);

    /// <summary>The Connector said 429 for this conversation (or, with null, for creating one).</summary>
    public void Pause(string tenantId, string? conversationId, TimeSpan retryAfter) =>
        _windows.Pause(conversationId is null ? CreateKey(tenantId) : ThreadKey(conversationId), retryAfter);

    private static string ThreadKey(string conversationId) => $"thread:{conversationId}";

    private static string CreateKey(string tenantId) => $"create:{tenantId}";
}
