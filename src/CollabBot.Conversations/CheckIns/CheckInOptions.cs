using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations.CheckIns;

public sealed class CheckInOptions
{
    public const string SectionName = "CheckIns";

    /// <summary>The most unsolicited messages (prompts, reminders, nudges) one person gets in a local day; the rest wait for the next day.</summary>
    [Range(1, 50)]
    public int MaxUnsolicitedPerDay { get; set; } = 3;

    /// <summary>How many past check-ins the commitment trend reads.</summary>
    [Range(2, 20)]
    public int TrendWindow { get; set; } = 5;
}
