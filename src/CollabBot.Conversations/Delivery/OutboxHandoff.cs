using CollabBot.Conversations.Messages;
using CollabBot.Domain;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Delivery;

/// <summary>
/// Delivery's side of <see cref="IOutboxCommits"/>: hands the messages a turn commits straight to this host's
/// dispatcher, instead of the dispatcher claiming them back from the outbox. The commit writes them already leased to
/// the dispatcher (its owner for the platform) and hands them over once committed. Only messages due now that update
/// no other message go this way, and only while the dispatcher has room for them; everything else (scheduled work's
/// messages too, which any host may claim) is claimed. The dispatcher's rounds renew the leases of what waits here and
/// give it back at shutdown; if the host dies, the leases run out and any host claims the rows. Every commit wakes the
/// dispatcher (<see cref="OutboxSignal"/>).
/// </summary>
public sealed class OutboxHandoff : IOutboxCommits
{
    private static readonly Task Never = new TaskCompletionSource().Task;
    private readonly Dictionary<Platform, Slot> _slots;
    private readonly TimeProvider _clock;
    private readonly OutboxOptions _options;
    private readonly OutboxSignal _signal;

    public OutboxHandoff(IEnumerable<Platform> dispatchedPlatforms, TimeProvider clock, IOptions<OutboxOptions> options, OutboxSignal signal)
    {
        _slots = dispatchedPlatforms.Distinct().ToDictionary(p => p, _ => new Slot());
        _clock = clock;
        _options = options.Value;
        _signal = signal;
    }

    /// <summary>For a host without a dispatcher: nothing is handed over, every message is claimed from the outbox.</summary>
    public static OutboxHandoff None(TimeProvider clock) => new([], clock, Options.Create(new OutboxOptions()), new OutboxSignal());

    /// <summary>
    /// The lease owner of this host's dispatcher for the platform (one per platform for the host's life); a new one
    /// for a platform nothing is handed over for.
    /// </summary>
    public Guid OwnerOf(Platform platform) => _slots.TryGetValue(platform, out var slot) ? slot.Owner : Guid.NewGuid();

    /// <summary>Reserves room for the message in this host's dispatcher; null when it is to be claimed from the outbox instead.</summary>
    /// <param name="dueNow">Whether the message is due now in its platform's time.</param>
    public OutboxLease? TryLease(OutboxEntry entry, bool dueNow)
    {
        var now = _clock.GetUtcNow();
        if (entry.UpdatesMessageId is not null || !dueNow || !_slots.TryGetValue(entry.To.Platform, out var slot))
        {
            return null;
        }

        lock (slot)
        {
            if (slot.Reserved >= _options.MaxInHand)
            {
                return null;
            }

            slot.Reserved++;
        }

        return new OutboxLease(entry.To.Platform, slot.Owner, now + _options.Lease);
    }

    /// <summary>The leased messages were committed under these ids: the dispatcher takes them from here.</summary>
    public void Committed(IReadOnlyList<CommittedMessage> written)
    {
        foreach (var message in written)
        {
            if (message.Lease is { } lease)
            {
                var slot = _slots[lease.Platform];
                lock (slot)
                {
                    slot.Waiting.Enqueue(new Handed(new PendingMessage(message.Id, message.Entry, Attempt: 1), lease.Until));
                    slot.Arrived.TrySetResult();
                }
            }
        }

        if (written.Count > 0)
        {
            _signal.Notify();
        }
    }

    /// <summary>The leased message was not written (its turn was a repeat, its key was stored, or the commit failed).</summary>
    public void Released(OutboxLease lease)
    {
        var slot = _slots[lease.Platform];
        lock (slot)
        {
            slot.Reserved--;
        }
    }

    /// <summary>Takes up to <paramref name="max"/> handed messages whose lease still has most of its time to run.</summary>
    internal List<PendingMessage> Take(Platform platform, int max)
    {
        var taken = new List<PendingMessage>();
        if (!_slots.TryGetValue(platform, out var slot))
        {
            return taken;
        }

        // A message that waited here past half its lease (its rounds were too busy to renew it) is left to be claimed
        // once the lease runs out: it could otherwise be sent here and by a host that claimed it meanwhile.
        var fresh = _clock.GetUtcNow() + _options.Lease / 2;
        lock (slot)
        {
            while (taken.Count < max && slot.Waiting.TryDequeue(out var handed))
            {
                slot.Reserved--;
                if (handed.LeaseUntil >= fresh)
                {
                    taken.Add(handed.Message);
                }
            }

            if (slot.Waiting.Count == 0)
            {
                slot.Arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return taken;
    }

    /// <summary>Completes when a message is handed over (at once if one waits).</summary>
    internal Task ArrivedAsync(Platform platform)
    {
        if (!_slots.TryGetValue(platform, out var slot))
        {
            return Never;
        }

        lock (slot)
        {
            return slot.Arrived.Task;
        }
    }

    /// <summary>The ids of the messages waiting here, whose leases the round renews with its own.</summary>
    internal List<long> WaitingIds(Platform platform)
    {
        if (!_slots.TryGetValue(platform, out var slot))
        {
            return [];
        }

        lock (slot)
        {
            return [.. slot.Waiting.Select(h => h.Message.Id)];
        }
    }

    private sealed record Handed(PendingMessage Message, DateTimeOffset LeaseUntil);

    private sealed class Slot
    {
        public Guid Owner { get; } = Guid.NewGuid();

        public Queue<Handed> Waiting { get; } = new();

        /// <summary>Messages reserved and not yet taken by a round: committing, or waiting in <see cref="Waiting"/>.</summary>
        public int Reserved { get; set; }

        public TaskCompletionSource Arrived { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
