using System.Diagnostics;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;
using Polly;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// One round of delivery for one platform on one host: takes the messages turns handed over (<see cref="OutboxHandoff"/>)
/// and claims due ones (as the host's lease owner for the platform, renewing the leases while it holds them), sorts them
/// into lanes by target, runs the lanes side by side under a bound on concurrent sends, and keeps taking while it has
/// room, until nothing is handed over or due and every lane is empty.
/// </summary>
internal sealed partial class DispatchRound
{
    private readonly IChannelSender _sender;
    private readonly IOutboxStore _outbox;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly IngressPressure _ingress;
    private readonly OutboxHandoff _handoff;
    private readonly ILogger _logger;
    private readonly Guid _owner;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DeliveryLane> _lanes = new(StringComparer.Ordinal);
    private readonly Dictionary<long, PendingMessage> _inHand = [];
    private readonly LaneWorker _worker;
    private TaskCompletionSource _emptied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _handedOver;

    public DispatchRound(
        IChannelSender sender, IOutboxStore outbox, OutboxHandoff handoff, OutboxOptions options, TimeProvider clock, CollabMetrics metrics, IngressPressure ingress, ILogger logger)
    {
        _handoff = handoff;
        _owner = handoff.OwnerOf(sender.Platform);
        _sender = sender;
        _outbox = outbox;
        _options = options;
        _clock = clock;
        _ingress = ingress;
        _logger = logger;
        var writes = OutboxWrites.Pipeline(logger);
        Ledger = new SentLedger(outbox, writes);
        _worker = new LaneWorker(this, sender, outbox, options, clock, metrics, ingress, logger, writes);
    }

    public SentLedger Ledger { get; }

    /// <summary>Runs the round; returns how many messages were handed to the platform or given up on.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var upkeep = Task.WhenAll(RenewLeasesAsync(stop.Token), FlushContinuouslyAsync(stop.Token));
        try
        {
            await ClaimUntilDoneAsync(cancellationToken);
            await Ledger.FlushAsync(cancellationToken);
            return _handedOver;
        }
        finally
        {
            await stop.CancelAsync();
            await upkeep.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync();
            }
        }
    }

    private async Task ClaimUntilDoneAsync(CancellationToken cancellationToken)
    {
        // While turns hand their replies over, the outbox is asked once a poll interval (and whenever the lanes run
        // dry) for the rest: messages updating others, ones that fell due, other hosts' expired leases.
        var nextClaim = DateTimeOffset.MinValue;
        while (true)
        {
            var room = _options.MaxInHand - InHandCount;
            if (room > 0 && _handoff.Take(_sender.Platform, room) is { Count: > 0 } handed)
            {
                Hand(handed, cancellationToken);
                continue;
            }

            if (room > 0 && (_clock.GetUtcNow() >= nextClaim || InHandCount == 0))
            {
                IReadOnlyList<PendingMessage> batch;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    batch = await _outbox.ClaimDueAsync(_sender.Platform, Math.Min(room, _options.BatchSize), _options.Lease, _owner, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && (InHandCount > 0 || Ledger.Unwritten().Count > 0))
                {
                    // The database is away; the lanes carry on with what they hold and write once it is back. The round
                    // does not end while "sent" marks wait to be written: they would be lost, and the messages sent again.
                    LogClaimFailed(ex, _sender.Platform);
                    batch = [];
                }

                if (batch.Count > 0)
                {
                    Hand(batch, cancellationToken);
                    await _ingress.RestAfterAsync(BackgroundStage.Deliveries, Stopwatch.GetElapsedTime(started), cancellationToken);
                    continue;
                }

                nextClaim = _clock.GetUtcNow() + _options.PollInterval;
            }

            Task emptied;
            var arrived = room > 0 ? _handoff.ArrivedAsync(_sender.Platform) : null;
            lock (_lock)
            {
                if (_inHand.Count == 0 && arrived is not { IsCompleted: true })
                {
                    return;
                }

                emptied = _emptied.Task;
            }

            await Task.WhenAny(emptied, arrived ?? emptied, Task.Delay(_options.PollInterval, _clock, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private int InHandCount
    {
        get
        {
            lock (_lock)
            {
                return _inHand.Count;
            }
        }
    }

    private void Hand(IReadOnlyList<PendingMessage> batch, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var message in batch)
            {
                // A row re-claimed after its lease ran out while this round still held it stays in its lane once; one
                // it already sent (the "sent" waiting for a database that was away longer than the lease) is not sent again.
                if (_worker.SentInRound(message.Id) || !_inHand.TryAdd(message.Id, message))
                {
                    continue;
                }

                var key = _sender.LaneOf(message.Entry);
                if (!_lanes.TryGetValue(key, out var lane))
                {
                    lane = new DeliveryLane(key);
                    _lanes[key] = lane;
                }

                lane.Add(message);
                if (!lane.Running)
                {
                    lane.Running = true;
                    _ = Task.Run(() => _worker.RunAsync(lane, cancellationToken), CancellationToken.None);
                }
            }
        }
    }

    /// <summary>The lane's worker is done with these messages (sent, parked or given back).</summary>
    internal void Finished(IEnumerable<PendingMessage> messages, bool handedOver)
    {
        lock (_lock)
        {
            foreach (var message in messages)
            {
                if (_inHand.Remove(message.Id) && handedOver)
                {
                    _handedOver++;
                }
            }

            if (_inHand.Count == 0)
            {
                _emptied.TrySetResult();
                _emptied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Takes the lane's next message, or retires the lane when it is empty (under the round's lock, so no message is stranded).</summary>
    internal PendingMessage? NextOf(DeliveryLane lane)
    {
        lock (_lock)
        {
            if (lane.Peek() is { } head)
            {
                return head;
            }

            lane.Running = false;
            _lanes.Remove(lane.Key);
            return null;
        }
    }

    internal List<PendingMessage> TakeAll(DeliveryLane lane)
    {
        lock (_lock)
        {
            return lane.TakeAll();
        }
    }

    internal void Drop(DeliveryLane lane)
    {
        lock (_lock)
        {
            lane.Drop();
        }
    }

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        var every = _options.Lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(every, _clock, cancellationToken);
            List<long> ids;
            lock (_lock)
            {
                ids = [.. _inHand.Keys, .. Ledger.Unwritten(), .. _handoff.WaitingIds(_sender.Platform)];
            }

            try
            {
                await _outbox.RenewLeasesAsync(_owner, ids, _options.Lease, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRenewFailed(ex, _sender.Platform);
            }
        }
    }

    private async Task FlushContinuouslyAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), _clock, cancellationToken);
            await Ledger.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The host is stopping: record what was sent and give back what was never tried, so another host takes it at once.</summary>
    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        List<long> untried;
        lock (_lock)
        {
            untried = [.. _lanes.Values.SelectMany(l => l.TakeAll().Skip(l.Running ? 1 : 0)).Select(m => m.Id)];
        }

        try
        {
            await Ledger.FlushAsync(timeout.Token);
            await _outbox.DeferAsync(untried, _clock.GetUtcNow(), timeout.Token);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(ex, _sender.Platform);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Claiming {Platform} outbox messages failed; the lanes carry on with what they hold")]
    private partial void LogClaimFailed(Exception exception, Platform platform);

    [LoggerMessage(LogLevel.Warning, "Renewing {Platform} outbox leases failed")]
    private partial void LogRenewFailed(Exception exception, Platform platform);

    [LoggerMessage(LogLevel.Warning, "Giving back {Platform} outbox messages at shutdown failed; their leases will run out")]
    private partial void LogReleaseFailed(Exception exception, Platform platform);
}
