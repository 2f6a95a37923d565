namespace CollabBot.Conversations.Participation;

/// <summary>One member's signals summed by the database over the <see cref="ActivityWindows"/>.</summary>
/// <param name="Weeks">Signals per week, oldest first, the current week last.</param>
/// <param name="Last">The member's latest signal read.</param>
/// <param name="InPhase">Signals since the collaboration's current phase started.</param>
public sealed record MemberTally(Guid MemberId, int Recent, int Baseline, IReadOnlyList<int> Weeks, DateTimeOffset Last, int InPhase);
