using CollabBot.Domain.Ideas;

namespace CollabBot.Domain.Collaborations;

/// <summary>
/// What the team recorded that the phase checklist reads (issue 27, item 5; issue 28, point 6), counted for the current phase.
/// </summary>
/// <param name="AgreedTerms">Glossary definitions the team accepted and still holds.</param>
/// <param name="IdeasInPhase">Where the ideas posted since the phase began come from (`idea`, not chatter or check-in answers).</param>
/// <param name="AgreedInPhase">Substantive decisions agreed since the phase began (a chosen prototype).</param>
/// <param name="Risks">Risks ever noted.</param>
/// <param name="OpenRisksWithoutOwner">Open risks nobody owns.</param>
/// <param name="ActionsInPhase">Actions noted since the phase began.</param>
/// <param name="OpenActionsWithoutOwner">Open actions nobody has taken on.</param>
/// <param name="OpenObstacleRemovers">Per open obstacle, the member named to remove it (null: the sponsors).</param>
/// <param name="SharedInPhase">Reports of where members shared the work, since the phase began (`shared`).</param>
public sealed record ChecklistEvidence(
    int AgreedTerms,
    IReadOnlyList<IdeaOrigin> IdeasInPhase,
    int AgreedInPhase,
    int Risks,
    int OpenRisksWithoutOwner,
    int ActionsInPhase,
    int OpenActionsWithoutOwner,
    IReadOnlyList<Guid?> OpenObstacleRemovers,
    int SharedInPhase)
{
    public static readonly ChecklistEvidence None = new(0, [], 0, 0, 0, 0, 0, [], 0);
}
