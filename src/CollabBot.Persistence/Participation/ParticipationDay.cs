namespace CollabBot.Persistence.Participation;

/// <summary>
/// A member's participation signals on one UTC day: the daily total the scans and digests sum over their windows,
/// so their cost follows the number of members and days in the window, not the number of events.
/// Kept up to date from the raw signals by <see cref="EfParticipationStore.RefreshDailyTotalsAsync"/>.
/// </summary>
internal sealed class ParticipationDay
{
    public DateTimeOffset Day { get; set; }
    public Guid MemberId { get; set; }
    public Guid CollaborationId { get; set; }
    public int Signals { get; set; }

    /// <summary>The member's latest signal that day.</summary>
    public DateTimeOffset LastAt { get; set; }
}
