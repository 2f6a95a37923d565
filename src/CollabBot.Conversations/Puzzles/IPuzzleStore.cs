using CollabBot.Domain.Puzzles;

namespace CollabBot.Conversations.Puzzles;

/// <summary>Joint puzzles with their answers, within the current unit of work.</summary>
public interface IPuzzleStore
{
    Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<Puzzle?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken);

    /// <summary>Every puzzle of a collaboration, with its answers.</summary>
    Task<IReadOnlyList<Puzzle>> ListAsync(Guid collaborationId, CancellationToken cancellationToken);

    void Add(Puzzle puzzle);
}
