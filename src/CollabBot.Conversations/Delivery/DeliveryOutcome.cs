namespace CollabBot.Conversations.Delivery;

/// <summary>What a platform said when a message was handed to it.</summary>
public abstract record DeliveryOutcome
{
    private DeliveryOutcome()
    {
    }

    /// <summary>Delivered; <paramref name="PlatformMessageId"/> is the platform's id for it (Slack ts, Teams activity id).</summary>
    public sealed record Sent(string PlatformMessageId) : DeliveryOutcome;

    /// <summary>Try again later: a transient failure (5xx, timeout, connection). Counts as an attempt.</summary>
    public sealed record Retry(string Reason, TimeSpan? After = null) : DeliveryOutcome;

    /// <summary>
    /// Not now: the platform answered 429, or the sender's own pacing says this channel or method is busy
    /// (<paramref name="Local"/>, no request was made). Waited out in the message's lane; never counts as an attempt.
    /// <paramref name="After"/> is the platform's Retry-After, when it gave one.
    /// </summary>
    public sealed record Throttled(string Reason, TimeSpan? After, bool Local = false) : DeliveryOutcome;

    /// <summary>Can never be delivered (blocked, archived, uninstalled): park it with the reason.</summary>
    public sealed record Undeliverable(string Reason) : DeliveryOutcome;
}
