using CollabBot.Conversations.Delivery;

namespace CollabBot.Conversations;

/// <summary>Wakes the inbox worker when an adapter accepted a turn, and counts the turns for <see cref="IngressPressure"/>.</summary>
public sealed class TurnInboxSignal(IngressPressure pressure)
{
    private readonly OutboxSignal _inner = new();

    public void Notify()
    {
        pressure.Arrived();
        _inner.Notify();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _inner.WaitAsync(timeout, cancellationToken);
}
