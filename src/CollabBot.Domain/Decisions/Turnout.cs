namespace CollabBot.Domain.Decisions;

/// <summary>
/// Who took part in a decision: members with a position (abstaining included) out of the current members, and who
/// has not taken one yet. <paramref name="QuorumPercent"/> is the share the decision needs, if any.
/// </summary>
public sealed record Turnout(int TookPart, int Members, int Abstained, IReadOnlyList<Guid> NotYet, int? QuorumPercent)
{
    /// <summary>How many members must take part for the quorum, rounded up; 0 without one.</summary>
    public int Needed => QuorumPercent is { } q ? (q * Members + 99) / 100 : 0;

    public bool QuorumMet => TookPart >= Needed;
}
