using CollabBot.Conversations.Participation;
using CollabBot.Domain.Ideas;

namespace CollabBot.Conversations.Ideas;

/// <summary>Ideas, within the current unit of work.</summary>
public interface IIdeaStore
{
    Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<Idea?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken);

    /// <summary>Every idea of a collaboration, newest first.</summary>
    Task<IReadOnlyList<Idea>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    /// <summary>Where the ideas posted since <paramref name="since"/> came from, per collaboration in scope (for the tunnel-vision rule).</summary>
    Task<IReadOnlyList<(Guid CollaborationId, IdeaOrigin Origin)>> OriginsSinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(Idea idea);
}
