using CollabBot.Conversations.Puzzles;
using CollabBot.Domain.Puzzles;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Puzzles;

internal sealed class EfPuzzleStore(CollabDbContext db) : IPuzzleStore
{
    public async Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        1 + (await db.Set<Puzzle>().Where(p => p.CollaborationId == collaborationId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0);

    public Task<Puzzle?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken) =>
        db.Set<Puzzle>().Include(p => p.Answers).FirstOrDefaultAsync(p => p.CollaborationId == collaborationId && p.Number == number, cancellationToken);

    public async Task<IReadOnlyList<Puzzle>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<Puzzle>().Include(p => p.Answers).Where(p => p.CollaborationId == collaborationId).OrderBy(p => p.Number).ToListAsync(cancellationToken);

    public void Add(Puzzle puzzle) => db.Set<Puzzle>().Add(puzzle);
}
