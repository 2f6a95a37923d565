using CollabBot.Conversations.Participation;
using CollabBot.Domain.Actions;

namespace CollabBot.Conversations.Actions;

/// <summary>The team's actions, within the current unit of work.</summary>
public interface IActionStore
{
    /// <summary>The next action number; actions are numbered from 1, apart from obstacles and risks.</summary>
    Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<ActionItem?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken);

    /// <summary>Every action of a collaboration, by number.</summary>
    Task<IReadOnlyList<ActionItem>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>Open actions of the collaborations in scope, read-only.</summary>
    Task<IReadOnlyList<ActionItem>> OpenAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>Ids of open, owned actions not yet reminded that are due from <paramref name="dueFrom"/> to <paramref name="dueBy"/>.</summary>
    Task<IReadOnlyList<Guid>> ReminderCandidatesAsync(DateOnly dueFrom, DateOnly dueBy, Scheduling.PlatformScope platforms, CancellationToken cancellationToken);

    Task<ActionItem?> GetAsync(Guid actionId, CancellationToken cancellationToken);

    void Add(ActionItem action);
}
