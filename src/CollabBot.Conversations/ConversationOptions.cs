using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations;

public sealed class ConversationOptions
{
    public const string SectionName = "Conversations";

    /// <summary>The time zone a new collaboration starts in (IANA id); conveners change it with `timezone`.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";
}
