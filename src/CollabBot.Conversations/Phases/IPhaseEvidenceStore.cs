using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Phases;

/// <summary>What the phase checklists read (<see cref="ChecklistEvidence"/>): glossary, ideas, decisions, risks, actions, obstacles, outreach.</summary>
public interface IPhaseEvidenceStore
{
    /// <summary>Read with the phase start the collaboration has now, which this turn may just have changed (`phase next`).</summary>
    Task<ChecklistEvidence> ForAsync(Collaboration collaboration, CancellationToken cancellationToken);

    /// <summary>The evidence of every collaboration in scope; a collaboration with none is absent.</summary>
    Task<IReadOnlyDictionary<Guid, ChecklistEvidence>> InScopeAsync(CollaborationScope scope, CancellationToken cancellationToken);
}
