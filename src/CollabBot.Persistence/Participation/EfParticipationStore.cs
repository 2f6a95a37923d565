using CollabBot.Conversations.Participation;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Participation;

internal sealed class EfParticipationStore(CollabDbContext db) : IParticipationStore
{
    public async Task<IReadOnlyList<ActivityCounts>> ActivityAsync(Guid collaborationId, DateTimeOffset baselineStart, DateTimeOffset recentStart, CancellationToken cancellationToken) =>
        await db.Set<ParticipationSignal>()
            .Where(s => s.CollaborationId == collaborationId && s.At >= baselineStart)
            .GroupBy(s => s.MemberId)
            .Select(g => new ActivityCounts(g.Key, g.Count(s => s.At >= recentStart), g.Count(s => s.At < recentStart), g.Max(s => (DateTimeOffset?)s.At)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastContributionAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken) =>
        await db.Set<ParticipationSignal>()
            .Where(s => memberIds.Contains(s.MemberId))
            .GroupBy(s => s.MemberId)
            .Select(g => new { g.Key, Last = g.Max(s => s.At) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);

    public Task<int> CountAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.Set<ParticipationSignal>().CountAsync(s => s.CollaborationId == collaborationId && s.At >= from && s.At < to, cancellationToken);

    public async Task<IReadOnlyDictionary<Sector, int>> BySectorAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        await db.Set<ParticipationSignal>()
            .Where(s => s.CollaborationId == collaborationId && s.At >= from && s.At < to)
            .Join(db.Members.Where(m => m.Sector != null), s => s.MemberId, m => m.Id, (s, m) => m.Sector!.Value)
            .GroupBy(sector => sector)
            .Select(g => new { Sector = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Sector, x => x.Count, cancellationToken);
}
