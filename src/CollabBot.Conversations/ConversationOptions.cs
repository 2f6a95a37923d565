using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations;

public sealed class ConversationOptions
{
    public const string SectionName = "Conversations";

    /// <summary>The time zone a new collaboration starts in (IANA id); conveners change it with `timezone`.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How long an accepted turn is reserved for the host handling it; after a crash another host takes it then.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a turn that failed waits before its second attempt; the third waits four times as long. After
    /// <see cref="TurnFailures.MaxAttempts"/> failures the turn is parked.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TurnRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Past this age of the oldest turn waiting to be handled, /readyz answers 503 so a load balancer sends new traffic
    /// elsewhere; it answers 200 again once the backlog is younger.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan NotReadyAfterBacklog { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the backlog is read for the metrics and the readiness check.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(2);
}
