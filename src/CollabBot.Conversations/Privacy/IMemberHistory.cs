namespace CollabBot.Conversations.Privacy;

/// <summary>A member's value chain and participation records, for their own export (DOMAIN.md §8).</summary>
public interface IMemberHistory
{
    Task<MemberHistory> LoadAsync(Guid memberId, CancellationToken cancellationToken);
}

/// <summary>What the check-in and participation features hold about one member.</summary>
public sealed record MemberHistory(
    IReadOnlyList<MemberHistory.CommitmentRecord> Commitments,
    IReadOnlyList<MemberHistory.WinRecord> SmallWins,
    IReadOnlyList<MemberHistory.AnswerRecord> CheckInAnswers,
    IReadOnlyDictionary<string, int> SignalsByKind,
    IReadOnlyList<MemberHistory.LookBackRecord>? LookingBack = null)
{
    /// <summary>The member's own answers to looks back at phase ends (issue 27, item 6).</summary>
    public sealed record LookBackRecord(string Learned, string ViewChanged, string Keep, DateTimeOffset At);

    public sealed record CommitmentRecord(string Want, string Give, DateTimeOffset MadeAt);

    public sealed record WinRecord(string Text, DateTimeOffset At);

    public sealed record AnswerRecord(string SmallWin, int Rating, string? Dimension, string? Obstacle, DateTimeOffset AnsweredAt, bool? CommitmentHolds = null);
}
