using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Participation;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Catalysts;

internal sealed class EfCatalystStore(CollabDbContext db) : ICatalystStore
{
    public async Task<IReadOnlyList<(Guid CollaborationId, CatalystRule Rule, DateTimeOffset At)>> LastFiredAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var rows = await db.Set<Intervention>().Where(i => ids.Contains(i.CollaborationId))
            .GroupBy(i => new { i.CollaborationId, i.Rule })
            .Select(g => new { g.Key.CollaborationId, g.Key.Rule, At = g.Max(i => i.At) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, r.Rule, r.At)).ToList();
    }

    public async Task<IReadOnlyList<Intervention>> SinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<Intervention>().AsNoTracking().Where(i => ids.Contains(i.CollaborationId) && i.At >= since).OrderByDescending(i => i.At).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Intervention>> RecentAsync(Guid collaborationId, int count, CancellationToken cancellationToken) =>
        await db.Set<Intervention>().Where(i => i.CollaborationId == collaborationId).OrderByDescending(i => i.At).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Intervention>> AwaitingEffectAsync(DateTimeOffset firedBefore, PlatformScope scope, CancellationToken cancellationToken)
    {
        var ids = db.CollaborationIdsOn(scope);
        return await db.Set<Intervention>().Where(i => i.At < firedBefore && i.ContributionsAfter == null && ids.Contains(i.CollaborationId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(Guid CollaborationId, int Number)>> FastConsensusSinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var rows = await db.Set<Decision>().Where(d => d.FastConsensus && d.ClosedAt >= since && ids.Contains(d.CollaborationId))
            .Select(d => new { d.CollaborationId, d.Number }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, r.Number)).ToList();
    }

    public async Task<IReadOnlyList<Intervention>> AwaitingResponseAsync(DateTimeOffset postedBefore, PlatformScope scope, CancellationToken cancellationToken)
    {
        var ids = db.CollaborationIdsOn(scope);
        return await db.Set<Intervention>().Where(i => i.Route == CatalystRoute.Channel && i.Responded == null && i.At <= postedBefore && ids.Contains(i.CollaborationId)).ToListAsync(cancellationToken);
    }

    public Task<int> ContributionsAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        db.Set<ParticipationSignal>().CountAsync(
            s => s.CollaborationId == collaborationId && s.At > from && s.At <= to && s.Kind != ParticipationKind.CheckInAnswer, cancellationToken);

    public async Task<Intervention?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Intervention>().FindAsync([id], cancellationToken);

    public void Add(Intervention intervention) => db.Add(intervention);
}
