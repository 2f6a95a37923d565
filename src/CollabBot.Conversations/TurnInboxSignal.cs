using CollabBot.Conversations.Delivery;

namespace CollabBot.Conversations;

/// <summary>Wakes the inbox worker when an adapter accepted a turn.</summary>
public sealed class TurnInboxSignal
{
    private readonly OutboxSignal _inner = new();

    public void Notify() => _inner.Notify();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _inner.WaitAsync(timeout, cancellationToken);
}
