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
}
