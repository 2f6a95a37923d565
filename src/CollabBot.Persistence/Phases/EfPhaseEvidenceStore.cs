using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Glossary;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Network;
using CollabBot.Domain.Obstacles;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Phases;

/// <summary>
/// The checklist's evidence in a few grouped queries per call, whatever the number of collaborations: "since the phase
/// began" is read against each collaboration's phase start (for one collaboration, the start it has in this turn).
/// </summary>
internal sealed class EfPhaseEvidenceStore(CollabDbContext db) : IPhaseEvidenceStore
{
    public async Task<ChecklistEvidence> ForAsync(Collaboration collaboration, CancellationToken cancellationToken)
    {
        var (id, since) = (collaboration.Id, collaboration.PhaseStartedAt);
        var ideas = await db.Set<Idea>().AsNoTracking().Where(i => i.CollaborationId == id && i.PostedAt >= since)
            .Select(i => new Row(id, i.AuthorId, i.Sector)).ToListAsync(cancellationToken);
        var agreed = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.CollaborationId == id && d.Outcome == DecisionOutcome.ProvisionallyAgreed && d.ClosedAt >= since).ToListAsync(cancellationToken);
        var actions = await db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.CollaborationId == id && (a.CreatedAt >= since || (a.DoneAt == null && a.OwnerId == null)))
            .Select(a => new Flags(id, a.CreatedAt >= since, a.DoneAt == null && a.OwnerId == null)).ToListAsync(cancellationToken);
        var shared = await db.Set<OutreachReport>().CountAsync(r => r.CollaborationId == id && r.Kind == OutreachKind.Shared && r.At >= since, cancellationToken);
        var standing = await StandingAsync(db.Collaborations.Where(c => c.Id == id).Select(c => c.Id), cancellationToken);
        return Evidence(id, standing, ideas.ToLookup(i => i.Id), agreed.Where(d => d.IsSubstantive).ToLookup(d => d.CollaborationId), actions.ToLookup(a => a.Id),
            new Dictionary<Guid, int> { [id] = shared });
    }

    public async Task<IReadOnlyDictionary<Guid, ChecklistEvidence>> InScopeAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var scoped = db.InScope(scope);
        var ideas = (await (
                from c in scoped
                join i in db.Set<Idea>() on c.Id equals i.CollaborationId
                where i.PostedAt >= c.PhaseStartedAt
                select new Row(c.Id, i.AuthorId, i.Sector))
            .ToListAsync(cancellationToken)).ToLookup(i => i.Id);
        var agreed = (await (
                from c in scoped
                join d in db.Set<Decision>() on c.Id equals d.CollaborationId
                where d.Outcome == DecisionOutcome.ProvisionallyAgreed && d.ClosedAt >= c.PhaseStartedAt
                select d)
            .AsNoTracking().ToListAsync(cancellationToken)).Where(d => d.IsSubstantive).ToLookup(d => d.CollaborationId);
        var actions = (await (
                from c in scoped
                join a in db.Set<ActionItem>() on c.Id equals a.CollaborationId
                where a.CreatedAt >= c.PhaseStartedAt || (a.DoneAt == null && a.OwnerId == null)
                select new Flags(c.Id, a.CreatedAt >= c.PhaseStartedAt, a.DoneAt == null && a.OwnerId == null))
            .ToListAsync(cancellationToken)).ToLookup(a => a.Id);
        var shared = await (
                from c in scoped
                join r in db.Set<OutreachReport>() on c.Id equals r.CollaborationId
                where r.Kind == OutreachKind.Shared && r.At >= c.PhaseStartedAt
                group r by c.Id into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var standing = await StandingAsync(scoped.Select(c => c.Id), cancellationToken);
        return await scoped.Select(c => c.Id).ToDictionaryAsync(id => id, id => Evidence(id, standing, ideas, agreed, actions, shared), cancellationToken);
    }

    /// <summary>What holds whatever the phase: agreed glossary terms, risks and open obstacles.</summary>
    private async Task<Standing> StandingAsync(IQueryable<Guid> ids, CancellationToken cancellationToken)
    {
        var terms = await db.Set<Definition>().Where(d => ids.Contains(d.CollaborationId) && d.AcceptedAt != null && d.SupersededAt == null)
            .GroupBy(d => d.CollaborationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var concerns = await db.Set<Concern>().AsNoTracking()
            .Where(c => ids.Contains(c.CollaborationId) && (c.Kind == ConcernKind.Risk || c.DoneAt == null))
            .Select(c => new { c.CollaborationId, c.Kind, Open = c.DoneAt == null, c.OwnerId }).ToListAsync(cancellationToken);
        return new Standing(terms, concerns.Select(c => (c.CollaborationId, c.Kind, c.Open, c.OwnerId)).ToLookup(c => c.CollaborationId));
    }

    private static ChecklistEvidence Evidence(
        Guid id, Standing standing, ILookup<Guid, Row> ideas, ILookup<Guid, Decision> agreed, ILookup<Guid, Flags> actions, IReadOnlyDictionary<Guid, int> shared)
    {
        var concerns = standing.Concerns[id].ToList();
        var risks = concerns.Where(c => c.Kind == ConcernKind.Risk).ToList();
        return new ChecklistEvidence(
            standing.Terms.GetValueOrDefault(id),
            ideas[id].Select(i => new IdeaOrigin(i.AuthorId, i.Sector)).ToList(),
            agreed[id].Count(),
            risks.Count,
            risks.Count(r => r.Open && r.OwnerId is null),
            actions[id].Count(a => a.InPhase),
            actions[id].Count(a => a.Unowned),
            concerns.Where(c => c.Kind == ConcernKind.Obstacle && c.Open).Select(c => c.OwnerId).ToList(),
            shared.GetValueOrDefault(id));
    }

    private sealed record Row(Guid Id, Guid? AuthorId, Domain.Members.Sector? Sector);

    private sealed record Flags(Guid Id, bool InPhase, bool Unowned);

    private sealed record Standing(IReadOnlyDictionary<Guid, int> Terms, ILookup<Guid, (Guid CollaborationId, ConcernKind Kind, bool Open, Guid? OwnerId)> Concerns);
}
