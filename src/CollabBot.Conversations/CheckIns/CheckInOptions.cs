using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations.CheckIns;

public sealed class CheckInOptions
{
    public const string SectionName = "CheckIns";

    /// <summary>The most unsolicited private messages (reminders, nudges, alerts, summaries) one person gets in a local day; the rest wait for the next day.</summary>
    [Range(1, 50)]
    public int MaxUnsolicitedPerDay { get; set; } = 3;

    /// <summary>
    /// The most unsolicited private messages one person gets in any seven days, besides the check-in prompt (issue 23);
    /// the rest wait until there is room, or are left out when they would be stale by then (a reminder, a nudge).
    /// </summary>
    [Range(1, 50)]
    public int MaxUnsolicitedPerWeek { get; set; } = Domain.Noise.NoiseBudget.PrivatePerWeek;
}
