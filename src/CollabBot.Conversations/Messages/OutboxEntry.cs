using CollabBot.Conversations.Turns;

namespace CollabBot.Conversations.Messages;

/// <summary>
/// A message the bot is going to send, as it is written to the outbox. The idempotency key names the
/// logical message (e.g. "checkin:{occurrence}:{member}"); the same key is never written twice.
/// </summary>
public sealed record OutboxEntry
{
    public required ConversationAddress To { get; init; }
    public required Visibility Visibility { get; init; }

    /// <summary>Platform user id for <see cref="Visibility.OnlyUser"/> and <see cref="Visibility.Direct"/>.</summary>
    public string? RecipientUserId { get; init; }

    public required OutboundMessage Message { get; init; }
    public required string IdempotencyKey { get; init; }

    /// <summary>
    /// When set, this message replaces an earlier one in place (a tally that changed, a refreshed card):
    /// the outbox id of the first version of that message (every later version points at the first, whose
    /// platform id Slack and Teams know). Slack uses chat.update, Teams updates the activity, the Playground
    /// shows the new version where the old one was.
    /// </summary>
    public long? UpdatesMessageId { get; init; }

    /// <summary>Sent by a job, not in answer to the recipient: counts against their daily limit and their quiet hours.</summary>
    public bool Unsolicited { get; init; }

    /// <summary>Deliver no earlier than this (a deferred nudge); null means at once.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The correlation id of the turn this message answers, for the delivery logs; null for scheduled work.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>
    /// The way back to the person that came with the turn this message answers, when it may travel that way (see
    /// <see cref="TurnOrigin.CarriedBy"/>); null for scheduled work and rows written before origins were kept.
    /// </summary>
    public TurnOrigin? Origin { get; init; }
}
