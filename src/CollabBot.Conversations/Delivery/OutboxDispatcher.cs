using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Drains the outbox of one platform through its sender, as fast as the platform allows: messages go into lanes by
/// target (see <see cref="IChannelSender.LaneOf"/>), lanes run side by side, throttling waits only the lane it names,
/// failures are retried with exponential backoff and what cannot be delivered is parked with the reason.
/// </summary>
public sealed class OutboxDispatcher(
    IEnumerable<IChannelSender> senders, IOutboxStore outbox, OutboxHandoff handoff, TimeProvider clock, IOptions<OutboxOptions> options, CollabMetrics metrics, IngressPressure ingress,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<Platform, IChannelSender> _senders = senders.ToDictionary(s => s.Platform);

    // Within one host, one round per platform at a time: a caller that dispatches inline (the Playground) then
    // knows every due message was handed over when it returns. Across hosts, the outbox leases keep claims apart; the
    // rounds of one host share its lease owner for the platform, which the turns' commits lease their replies to.
    private readonly Dictionary<Platform, SemaphoreSlim> _rounds = senders.ToDictionary(s => s.Platform, _ => new SemaphoreSlim(1, 1));

    public IReadOnlyCollection<Platform> Platforms => _senders.Keys;

    /// <summary>Sends every due message of the platform (and what falls due meanwhile); returns how many were handed over or parked.</summary>
    public async Task<int> DispatchDueAsync(Platform platform, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(platform, out var sender))
        {
            return 0;
        }

        await _rounds[platform].WaitAsync(cancellationToken);
        try
        {
            return await new DispatchRound(sender, outbox, handoff, options.Value, clock, metrics, ingress, logger).RunAsync(cancellationToken);
        }
        finally
        {
            _rounds[platform].Release();
        }
    }

    /// <summary>
    /// The host is stopping: gives back the replies handed over that no round took, so that another host sends them at
    /// once instead of when their leases run out.
    /// </summary>
    public async Task GiveBackHandedAsync(CancellationToken cancellationToken)
    {
        var waiting = _senders.Keys.SelectMany(p => handoff.Take(p, int.MaxValue)).Select(m => m.Id).ToList();
        if (waiting.Count > 0)
        {
            await outbox.DeferAsync(waiting, clock.GetUtcNow(), cancellationToken);
        }
    }
}
