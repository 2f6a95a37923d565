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
}
