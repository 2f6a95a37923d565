using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.CheckIns;

/// <summary>Check-ins and value chains, within the current unit of work.</summary>
public interface ICheckInStore
{
    Task<CheckInSchedule?> FindScheduleAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>The schedules of the collaborations on the platforms in scope, with each one's platform.</summary>
    Task<IReadOnlyList<(CheckInSchedule Schedule, Platform Platform)>> ListSchedulesAsync(PlatformScope scope, CancellationToken cancellationToken);

    void AddSchedule(CheckInSchedule schedule);

    void RemoveSchedule(CheckInSchedule schedule);

    Task<CheckInOccurrence?> FindOccurrenceAsync(Guid occurrenceId, CancellationToken cancellationToken);

    Task<bool> OccurrenceExistsAsync(Guid collaborationId, DateTimeOffset scheduledAt, CancellationToken cancellationToken);

    /// <summary>The collaboration's latest occurrences, newest first.</summary>
    Task<IReadOnlyList<CheckInOccurrence>> RecentOccurrencesAsync(Guid collaborationId, int count, CancellationToken cancellationToken);

    /// <summary>Occurrences still open at <paramref name="now"/> whose reminder time has come, of collaborations in scope.</summary>
    Task<IReadOnlyList<CheckInOccurrence>> RemindersDueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken);

    void AddOccurrence(CheckInOccurrence occurrence);

    /// <summary>The collaboration's occurrences still open at <paramref name="now"/>, tracked.</summary>
    Task<IReadOnlyList<CheckInOccurrence>> OpenOccurrencesAsync(Guid collaborationId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<CheckInAnswer>> AnswersAsync(IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken);

    void AddAnswer(CheckInAnswer answer);

    Task<Commitment?> CurrentCommitmentAsync(Guid memberId, CancellationToken cancellationToken);

    void AddCommitment(Commitment commitment);

    /// <summary>Each member's current (latest) commitment in the collaboration.</summary>
    Task<IReadOnlyList<Commitment>> CurrentCommitmentsAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SmallWin>> WinsAsync(Guid memberId, int count, CancellationToken cancellationToken);

    Task<SmallWin?> WinForAnswerAsync(Guid answerId, CancellationToken cancellationToken);

    void AddWin(SmallWin win);

    Task<IReadOnlyList<ValueOffer>> OffersAsync(Guid collaborationId, CancellationToken cancellationToken);

    void AddOffer(ValueOffer offer);

    /// <summary>The collaboration's milestones toward the big win, in number order.</summary>
    Task<IReadOnlyList<Milestone>> MilestonesAsync(Guid collaborationId, CancellationToken cancellationToken);

    void AddMilestone(Milestone milestone);

    /// <summary>Progress toward the big win: each milestone with the wins tied to it, and the wins tied to none.</summary>
    Task<BigWinProgress> BigWinProgressAsync(Guid collaborationId, CancellationToken cancellationToken);
}
