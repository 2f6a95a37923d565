using CollabBot.Conversations.Digests;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Digests;

internal sealed class EfDigestStore(CollabDbContext db) : IDigestStore
{
    public async Task<DigestSubscription?> FindAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<DigestSubscription>().FindAsync([collaborationId], cancellationToken);

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<DigestSubscription>().AsNoTracking().ToListAsync(cancellationToken);

    public void Add(DigestSubscription subscription) => db.Add(subscription);

    public void Remove(DigestSubscription subscription) => db.Remove(subscription);

    public async Task<IReadOnlyList<(int Signals, int Wins)>> WeeklyAsync(Guid collaborationId, IReadOnlyList<DateTimeOffset> weekStarts, CancellationToken cancellationToken)
    {
        // Two index range counts per week: the cost follows the number of weeks shown, not the history.
        var result = new List<(int, int)>();
        foreach (var start in weekStarts)
        {
            var end = start.AddDays(7);
            var signals = await db.Set<ParticipationSignal>().CountAsync(s => s.CollaborationId == collaborationId && s.At >= start && s.At < end, cancellationToken);
            var wins = await db.Set<SmallWin>().CountAsync(w => w.CollaborationId == collaborationId && w.At >= start && w.At < end, cancellationToken);
            result.Add((signals, wins));
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> ObstaclesSinceAsync(Guid collaborationId, DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.Set<CheckInAnswer>()
            .Where(a => a.CollaborationId == collaborationId && a.AnsweredAt >= since && a.Obstacle != null)
            .OrderBy(a => a.AnsweredAt).Select(a => a.Obstacle!).ToListAsync(cancellationToken);
}
