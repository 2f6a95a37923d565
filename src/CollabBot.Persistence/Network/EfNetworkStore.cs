using CollabBot.Conversations.Network;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Network;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Network;

/// <summary>The network stage's stored evidence for every collaboration in a scope, in five queries whatever their number.</summary>
internal sealed class EfNetworkStore(CollabDbContext db) : INetworkStore
{
    public async Task<IReadOnlyDictionary<Guid, NetworkFacts>> FactsAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var committed = (await db.Set<Commitment>().AsNoTracking().Where(c => ids.Contains(c.CollaborationId))
            .Select(c => new { c.CollaborationId, c.MemberId }).Distinct().ToListAsync(cancellationToken)).ToLookup(c => c.CollaborationId, c => c.MemberId);
        var latest = (await db.Set<Decision>().AsNoTracking().Where(d => ids.Contains(d.CollaborationId) && d.ClosedAt != null)
            .Select(d => new { d.CollaborationId, d.Id, d.ClosedAt }).ToListAsync(cancellationToken))
            .GroupBy(d => d.CollaborationId).Select(g => g.MaxBy(d => d.ClosedAt)!.Id).ToList();
        var decisions = (await db.Set<Decision>().AsNoTracking().Include(d => d.Positions).Where(d => latest.Contains(d.Id)).ToListAsync(cancellationToken))
            .ToDictionary(d => d.CollaborationId);
        var outreach = (await db.Set<OutreachReport>().AsNoTracking().Where(r => ids.Contains(r.CollaborationId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.CollaborationId);
        var announced = (await db.Set<StageChange>().AsNoTracking().Where(c => ids.Contains(c.CollaborationId)).ToListAsync(cancellationToken))
            .GroupBy(c => c.CollaborationId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id));
        return (await ids.ToListAsync(cancellationToken)).ToDictionary(id => id, id => new NetworkFacts(
            committed[id].ToHashSet(), decisions.GetValueOrDefault(id), outreach[id].OrderBy(r => r.At).ToList(), announced.GetValueOrDefault(id)));
    }

    public async Task<(NetworkFacts Facts, IReadOnlyList<(Guid MemberId, DateTimeOffset Day, int Count)> Days)> FactsForAsync(
        Guid collaborationId, IReadOnlyCollection<Guid> memberIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = memberIds.ToList();
        var committed = await db.Set<Commitment>().AsNoTracking().Where(c => ids.Contains(c.MemberId)).Select(c => c.MemberId).Distinct().ToListAsync(cancellationToken);
        var decision = await db.Set<Decision>().AsNoTracking().Include(d => d.Positions)
            .Where(d => d.CollaborationId == collaborationId && d.ClosedAt != null).OrderByDescending(d => d.ClosedAt).FirstOrDefaultAsync(cancellationToken);
        var outreach = await db.Set<OutreachReport>().AsNoTracking().Where(r => r.CollaborationId == collaborationId).OrderBy(r => r.At).ToListAsync(cancellationToken);
        var days = await db.Set<ParticipationSignal>().AsNoTracking().Where(s => ids.Contains(s.MemberId) && s.At >= since)
            .GroupBy(s => new { s.MemberId, s.Day }).Select(g => new { g.Key.MemberId, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken);
        return (new NetworkFacts(committed.ToHashSet(), decision, outreach, null), days.Select(d => (d.MemberId, d.Day, d.Count)).ToList());
    }

    public void Add(OutreachReport report) => db.Add(report);

    public void Add(StageChange change) => db.Add(change);
}
