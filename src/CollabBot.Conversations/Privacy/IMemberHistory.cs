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
    IReadOnlyDictionary<string, int> SignalsByKind)
{
    public sealed record CommitmentRecord(string Want, string Give, DateTimeOffset MadeAt);

    public sealed record WinRecord(string Text, DateTimeOffset At);

    public sealed record AnswerRecord(string SmallWin, int Rating, string? Dimension, string? Obstacle, DateTimeOffset AnsweredAt);
}
