using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Ideas;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Ideas;

internal sealed class EfIdeaStore(CollabDbContext db) : IIdeaStore
{
    public async Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        1 + (await db.Set<Idea>().Where(i => i.CollaborationId == collaborationId).MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0);

    public Task<Idea?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken) =>
        db.Set<Idea>().FirstOrDefaultAsync(i => i.CollaborationId == collaborationId && i.Number == number, cancellationToken);

    public async Task<IReadOnlyList<Idea>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<Idea>().Where(i => i.CollaborationId == collaborationId).OrderByDescending(i => i.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(Guid CollaborationId, IdeaOrigin Origin)>> OriginsSinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var rows = await db.Set<Idea>().AsNoTracking().Where(i => ids.Contains(i.CollaborationId) && i.PostedAt >= since)
            .Select(i => new { i.CollaborationId, i.AuthorId, i.Sector }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, new IdeaOrigin(r.AuthorId, r.Sector))).ToList();
    }

    public void Add(Idea idea) => db.Set<Idea>().Add(idea);
}
