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

    private static readonly RateLimit[] PerApp = [new(50, TimeSpan.FromMilliseconds(1025))];

    private readonly RateWindows _windows = new(clock);

    /// <summary>
    /// Waits for a slot for a call in <paramref name="conversationId"/> (null for creating a conversation) in the
    /// tenant; false, with the wait, when the slot is further away than <see cref="MaxInlineWait"/>.
    /// </summary>
    public async Task<(bool Go, TimeSpan Wait)> WaitAsync(string tenantId, string? conversationId, CancellationToken cancellationToken)
    {
        (string, IReadOnlyList<RateLimit>) app = ($"app:{tenantId}", PerApp);
        var (reserved, wait) = conversationId is null
            ? _windows.TryReserve([app, (CreateKey(tenantId), [])], MaxInlineWait)
            : _windows.TryReserve([app, (ThreadKey(conversationId), PerThread)], MaxInlineWait);
        if (reserved && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }

        return (reserved, wait);
    }

    /// <summary>The Connector said 429 for this conversation (or, with null, for creating one).</summary>
    public void Pause(string tenantId, string? conversationId, TimeSpan retryAfter) =>
        _windows.Pause(conversationId is null ? CreateKey(tenantId) : ThreadKey(conversationId), retryAfter);

    private static string ThreadKey(string conversationId) => $"thread:{conversationId}";

    private static string CreateKey(string tenantId) => $"create:{tenantId}";
}
