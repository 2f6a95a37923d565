using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Decisions;

namespace CollabBot.Conversations.Decisions;

/// <summary>Consent decisions with their positions, within the current unit of work.</summary>
public interface IDecisionStore
{
    Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<Decision?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken);

    Task<Decision?> GetAsync(Guid decisionId, CancellationToken cancellationToken);

    /// <summary>Every decision of a collaboration, newest first.</summary>
    Task<IReadOnlyList<Decision>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>Ids of open decisions whose closing time has come.</summary>
    Task<IReadOnlyList<Guid>> DueToCloseAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Ids of open decisions whose reminder time has come and who have not sent it yet.</summary>
    Task<IReadOnlyList<Guid>> RemindersDueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Ids of agreed decisions, closed before <paramref name="closedBefore"/>, that still hold a reservation not brought back.</summary>
    Task<IReadOnlyList<Guid>> WithReservationsDueAsync(DateTimeOffset closedBefore, PlatformScope scope, CancellationToken cancellationToken);

    void Add(Decision decision);
}
