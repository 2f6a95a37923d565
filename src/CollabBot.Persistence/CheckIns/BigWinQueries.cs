using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.CheckIns;

/// <summary>Progress toward the big win for several collaborations at once: milestones and win counts, no win texts.</summary>
internal static class BigWinQueries
{
    public static async Task<IReadOnlyDictionary<Guid, BigWinProgress>> ProgressAsync(CollabDbContext db, IQueryable<Guid> collaborationIds, CancellationToken cancellationToken) =>
        await ProgressAsync(db, await collaborationIds.ToListAsync(cancellationToken), cancellationToken);

    public static async Task<IReadOnlyDictionary<Guid, BigWinProgress>> ProgressAsync(CollabDbContext db, IReadOnlyCollection<Guid> collaborationIds, CancellationToken cancellationToken)
    {
        var ids = collaborationIds.ToList();
        var milestones = (await db.Set<Milestone>().AsNoTracking().Where(m => ids.Contains(m.CollaborationId)).ToListAsync(cancellationToken))
            .ToLookup(m => m.CollaborationId);
        var counts = (await db.Set<SmallWin>().AsNoTracking().Where(w => ids.Contains(w.CollaborationId))
                .GroupBy(w => new { w.CollaborationId, w.MilestoneId })
                .Select(g => new { g.Key.CollaborationId, g.Key.MilestoneId, Wins = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CollaborationId);
        return ids.ToDictionary(id => id, id => BigWinProgress.Of(
            milestones[id].ToList(),
            counts[id].Where(r => r.MilestoneId is not null).ToDictionary(r => r.MilestoneId!.Value, r => r.Wins),
            counts[id].Sum(r => r.Wins)));
    }
}
