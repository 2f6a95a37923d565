using CollabBot.Conversations.Catalysts;
using CollabBot.Domain.Catalysts;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Catalysts;

internal sealed class EfCatalystStore(CollabDbContext db) : ICatalystStore
{
    public Task<DateTimeOffset?> LastFiredAsync(Guid collaborationId, CatalystRule rule, CancellationToken cancellationToken) =>
        db.Set<Intervention>().Where(i => i.CollaborationId == collaborationId && i.Rule == rule).MaxAsync(i => (DateTimeOffset?)i.At, cancellationToken);

    public async Task<IReadOnlyList<Intervention>> RecentAsync(Guid collaborationId, int count, CancellationToken cancellationToken) =>
        await db.Set<Intervention>().Where(i => i.CollaborationId == collaborationId).OrderByDescending(i => i.At).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Intervention>> AwaitingEffectAsync(Guid collaborationId, DateTimeOffset firedBefore, CancellationToken cancellationToken) =>
        await db.Set<Intervention>().Where(i => i.CollaborationId == collaborationId && i.At < firedBefore && i.ContributionsAfter == null).ToListAsync(cancellationToken);

    public void Add(Intervention intervention) => db.Add(intervention);
}
