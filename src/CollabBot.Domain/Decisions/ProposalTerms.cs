namespace CollabBot.Domain.Decisions;

/// <summary>
/// What a proposal carries besides its text: whether it is substantive, the quorum it needs (the collaboration's when
/// it was proposed), the idea or joint puzzle it comes from, and that puzzle's findings as its background.
/// </summary>
public sealed record ProposalTerms(
    DecisionWeight Weight = DecisionWeight.Unmarked,
    int? QuorumPercent = null,
    int? FromIdea = null,
    int? FromPuzzle = null,
    string? Background = null)
{
    public static readonly ProposalTerms None = new();
}
