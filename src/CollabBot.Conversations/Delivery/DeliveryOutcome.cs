namespace CollabBot.Conversations.Delivery;

/// <summary>What a platform said when a message was handed to it.</summary>
public abstract record DeliveryOutcome
{
    private DeliveryOutcome()
    {
    }

    /// <summary>Delivered; <paramref name="PlatformMessageId"/> is the platform's id for it (Slack ts, Teams activity id).</summary>
    public sealed record Sent(string PlatformMessageId) : DeliveryOutcome;

    /// <summary>Try again later: throttled (with the wait the platform asked for) or a transient failure.</summary>
    public sealed record Retry(string Reason, TimeSpan? After = null) : DeliveryOutcome;

    /// <summary>Can never be delivered (blocked, archived, uninstalled): park it with the reason.</summary>
    public sealed record Undeliverable(string Reason) : DeliveryOutcome;
}
