using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations.Retention;

public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Raw participation signals older than this many days are folded into monthly tallies and dropped (issue 8, point 8).</summary>
    [Range(30, 3650)]
    public int SignalDays { get; set; } = 365;
}
