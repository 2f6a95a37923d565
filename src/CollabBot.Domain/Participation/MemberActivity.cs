namespace CollabBot.Domain.Participation;

/// <summary>What the fade rule knows of one member, aggregated by the database.</summary>
public sealed record MemberActivity(
    Guid MemberId,
    DateTimeOffset JoinedAt,
    bool Away,
    int RecentCount,
    int BaselineCount,
    DateTimeOffset? LastContributionAt,
    int ConsecutiveMissedCheckIns);
