using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Retrospectives;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Retrospectives;

internal sealed class EfRetrospectiveStore(CollabDbContext db) : IRetrospectiveStore
{
    public void Add(Retrospective retrospective) => db.Add(retrospective);

    public void AddAnswer(RetrospectiveAnswer answer) => db.Add(answer);

    public async Task<IReadOnlyList<Retrospective>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<Retrospective>().Where(r => r.CollaborationId == collaborationId).OrderByDescending(r => r.OpenedAt).ToListAsync(cancellationToken);

    public Task<RetrospectiveAnswer?> FindAnswerAsync(Guid retrospectiveId, Guid memberId, CancellationToken cancellationToken) =>
        db.Set<RetrospectiveAnswer>().FirstOrDefaultAsync(a => a.RetrospectiveId == retrospectiveId && a.MemberId == memberId, cancellationToken);

    public async Task<IReadOnlyList<RetrospectiveAnswer>> AnswersAsync(Guid retrospectiveId, CancellationToken cancellationToken) =>
        await db.Set<RetrospectiveAnswer>().AsNoTracking().Where(a => a.RetrospectiveId == retrospectiveId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Retrospective>> DueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken)
    {
        var ids = db.CollaborationIdsOn(scope);
        return await db.Set<Retrospective>().Where(r => r.ClosedAt == null && r.ClosesAt <= now && ids.Contains(r.CollaborationId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Retrospective>> LatestAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        var all = await db.Set<Retrospective>().AsNoTracking().Where(r => ids.Contains(r.CollaborationId)).ToListAsync(cancellationToken);
        return all.GroupBy(r => r.CollaborationId).Select(g => g.MaxBy(r => r.OpenedAt)!).ToList();
    }
}
