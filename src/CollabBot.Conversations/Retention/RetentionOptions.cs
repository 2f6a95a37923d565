using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations.Retention;

public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Raw participation signals older than this many days are folded into monthly tallies and dropped (issue 8, point 8).</summary>
    [Range(30, 3650)]
    public int SignalDays { get; set; } = 365;

    /// <summary>
    /// Handled turns are kept this many hours, so a platform's repeat of one is recognised: Slack retries within minutes
    /// (three times, the last about 5 minutes on), the Bot Framework within seconds; three days also cover a repeat
    /// sent after a host was down over a weekend night.
    /// </summary>
    [Range(2, 8760)]
    public int HandledTurnHours { get; set; } = 72;

    /// <summary>Replies to turns are kept this many days after delivery: the Playground's history and an operator's look back.</summary>
    [Range(1, 3650)]
    public int SentReplyDays { get; set; } = 7;

    /// <summary>Parked turns and parked replies stay this many days for operators (`/ops/turns/parked`, `/ops/outbox/parked`).</summary>
    [Range(1, 3650)]
    public int ParkedDays { get; set; } = 30;
}
