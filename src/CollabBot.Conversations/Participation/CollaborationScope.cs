using CollabBot.Conversations.Scheduling;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Which collaborations a scan or a digest reads, as a condition the database evaluates with its aggregates
/// (never a long list of ids sent back and forth), on the platforms of <see cref="Platforms"/> only.
/// </summary>
public abstract record CollaborationScope
{
    private CollaborationScope()
    {
    }

    /// <summary>Only collaborations on these platforms: a scheduled run covers the platforms of its own time.</summary>
    public PlatformScope Platforms { get; init; } = PlatformScope.All;

    /// <summary>Every collaboration whose current phase started before <paramref name="Now"/>: what the daily scans cover.</summary>
    public sealed record Active(DateTimeOffset Now) : CollaborationScope;

    /// <summary>Every collaboration whose weekly digest runs on this schedule.</summary>
    public sealed record DigestSchedule(string Cron, string TimeZoneId) : CollaborationScope;

    /// <summary>Every collaboration whose facilitators' weekly summary runs on this schedule.</summary>
    public sealed record SummarySchedule(string Cron, string TimeZoneId) : CollaborationScope;

    /// <summary>A few named collaborations (one team's `health`, `digest now`).</summary>
    public sealed record Only(IReadOnlyList<Guid> Ids) : CollaborationScope;
}
