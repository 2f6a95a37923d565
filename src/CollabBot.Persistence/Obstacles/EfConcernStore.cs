using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Obstacles;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Obstacles;

internal sealed class EfConcernStore(CollabDbContext db) : IConcernStore
{
    public Task<int> NextNumberAsync(Guid collaborationId, ConcernKind kind, CancellationToken cancellationToken) =>
        Actions.TeamListNumbers.NextConcernAsync(db, collaborationId, kind, cancellationToken);

    public async Task<IReadOnlyList<Concern>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<Concern>().Where(c => c.CollaborationId == collaborationId).OrderBy(c => c.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Concern>> DueForSponsorAsync(DateTimeOffset raisedBefore, PlatformScope scope, CancellationToken cancellationToken) =>
        await db.Set<Concern>()
            .Where(c => c.Kind == ConcernKind.Obstacle && c.DoneAt == null && c.SentToSponsorAt == null && c.RaisedAt < raisedBefore
                && db.CollaborationIdsOn(scope).Contains(c.CollaborationId))
            .ToListAsync(cancellationToken);

    public void Add(Concern concern) => db.Set<Concern>().Add(concern);
}
