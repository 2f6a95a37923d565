using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Retrospectives;

namespace CollabBot.Conversations.Retrospectives;

/// <summary>The looks back at phase ends (issue 27, item 6), within the current unit of work.</summary>
public interface IRetrospectiveStore
{
    void Add(Retrospective retrospective);

    void AddAnswer(RetrospectiveAnswer answer);

    /// <summary>The collaboration's retrospectives, newest first.</summary>
    Task<IReadOnlyList<Retrospective>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<RetrospectiveAnswer?> FindAnswerAsync(Guid retrospectiveId, Guid memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<RetrospectiveAnswer>> AnswersAsync(Guid retrospectiveId, CancellationToken cancellationToken);

    /// <summary>Retrospectives whose answer window has passed and that are not closed yet, of collaborations on the platforms in scope; tracked.</summary>
    Task<IReadOnlyList<Retrospective>> DueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Each collaboration's newest retrospective, for the digest.</summary>
    Task<IReadOnlyList<Retrospective>> LatestAsync(CollaborationScope scope, CancellationToken cancellationToken);
}
