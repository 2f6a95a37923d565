namespace CollabBot.Conversations.Delivery;

/// <summary>
/// The claimed messages of one target (a channel, a chat, a person's DM), sent one after another in outbox order.
/// Lanes run side by side, so one busy or throttled target never holds up another.
/// </summary>
internal sealed class DeliveryLane(string key)
{
    private readonly Queue<PendingMessage> _queue = new();

    public string Key { get; } = key;

    /// <summary>True while a worker drains the lane; a new message then just joins the queue.</summary>
    public bool Running { get; set; }

    public int Count => _queue.Count;

    public void Add(PendingMessage message) => _queue.Enqueue(message);

    public PendingMessage? Peek() => _queue.TryPeek(out var head) ? head : null;

    public void Drop() => _queue.Dequeue();

    /// <summary>Empties the lane and returns what was in it (given back to the outbox together).</summary>
    public List<PendingMessage> TakeAll()
    {
        var all = _queue.ToList();
        _queue.Clear();
        return all;
    }
}
