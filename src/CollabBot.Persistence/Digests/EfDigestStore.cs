using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.ValueChains;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Digests;

internal sealed class EfDigestStore(CollabDbContext db, TimeProvider clock) : IDigestStore
{
    public async Task<DigestSubscription?> FindAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<DigestSubscription>().FindAsync([collaborationId], cancellationToken);

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<DigestSubscription>().AsNoTracking().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<DigestSubscription>> ListAsync(PlatformScope scope, CancellationToken cancellationToken)
    {
        var workspaces = db.WorkspaceIdsOn(scope);
        return await db.Set<DigestSubscription>().AsNoTracking().Where(s => workspaces.Contains(s.WorkspaceId)).ToListAsync(cancellationToken);
    }

    public void Add(DigestSubscription subscription) => db.Add(subscription);

    public void Remove(DigestSubscription subscription) => db.Remove(subscription);

    public void AddChart(Guid imageId, DigestChart chart) =>
        db.Add(new StoredImage { Id = imageId, Chart = JsonSerializer.Serialize(chart, CollabJson.Options), CreatedAt = clock.GetUtcNow() });

    public async Task<IReadOnlyList<DigestSubscription>> SubscriptionsAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<DigestSubscription>().AsNoTracking().Where(s => ids.Contains(s.CollaborationId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(Guid CollaborationId, string Text)>> CheckInObstaclesAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var rows = await db.Set<CheckInAnswer>()
            .Where(a => ids.Contains(a.CollaborationId) && a.AnsweredAt >= since && a.Obstacle != null)
            .OrderBy(a => a.AnsweredAt).Select(a => new { a.CollaborationId, Text = a.Obstacle! }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, r.Text)).ToList();
    }

    public async Task<IReadOnlyList<Decision>> DecisionsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<Decision>().AsNoTracking().Include(d => d.Positions)
            .Where(d => ids.Contains(d.CollaborationId)
                && (d.ClosedAt == null || d.ClosedAt >= since
                    || (d.Outcome == DecisionOutcome.ProvisionallyAgreed && d.Positions.Any(p => (p.Stance == Stance.AgreeWithReservations || p.KeptAsReservation) && p.ResolvedAt == null))))
            .OrderBy(d => d.Number)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Concern>> OpenConcernsAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<Concern>().AsNoTracking().Where(c => ids.Contains(c.CollaborationId) && c.DoneAt == null).OrderBy(c => c.Number).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CheckInSchedule>> SchedulesAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<CheckInSchedule>().AsNoTracking().Where(s => ids.Contains(s.CollaborationId)).ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyDictionary<Guid, BigWinProgress>> BigWinProgressAsync(CollaborationScope scope, CancellationToken cancellationToken) =>
        CheckIns.BigWinQueries.ProgressAsync(db, db.InScope(scope).Select(c => c.Id), cancellationToken);

    public async Task<IReadOnlyList<(Guid CollaborationId, ValueDimension Dimension)>> ValueDimensionsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var rows = await db.Set<CheckInAnswer>().AsNoTracking()
            .Where(a => ids.Contains(a.CollaborationId) && a.AnsweredAt >= since && a.Dimension != null)
            .Select(a => new { a.CollaborationId, Dimension = a.Dimension!.Value }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, r.Dimension)).ToList();
    }
}
