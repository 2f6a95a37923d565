namespace CollabBot.Domain.Decisions;

/// <summary>
/// Whether a decision is substantive, which is what the too-fast-consensus rule cares about (DOMAIN.md §5): the
/// proposer marks it either way, or it is read from its closing time (see <see cref="Decision.IsSubstantive"/>).
/// </summary>
public enum DecisionWeight
{
    Unmarked,
    Substantive,

    /// <summary>Meeting times, rooms, who brings the coffee: never worth a devil's advocate round.</summary>
    Logistics,
}
