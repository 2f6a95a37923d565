using CollabBot.Domain.Puzzles;

namespace CollabBot.Conversations.Puzzles;

/// <summary>Joint puzzles with their answers, within the current unit of work.</summary>
public interface IPuzzleStore
{
    Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken);

    Task<Puzzle?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken);

    void Add(Puzzle puzzle);
}
