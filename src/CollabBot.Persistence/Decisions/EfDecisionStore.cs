using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Decisions;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Decisions;

internal sealed class EfDecisionStore(CollabDbContext db) : IDecisionStore
{
    public async Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        1 + (await db.Set<Decision>().Where(d => d.CollaborationId == collaborationId).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0);

    public Task<Decision?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken) =>
        WithPositions().FirstOrDefaultAsync(d => d.CollaborationId == collaborationId && d.Number == number, cancellationToken);

    public Task<Decision?> GetAsync(Guid decisionId, CancellationToken cancellationToken) =>
        WithPositions().FirstOrDefaultAsync(d => d.Id == decisionId, cancellationToken);

    public async Task<IReadOnlyList<Decision>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await WithPositions().Where(d => d.CollaborationId == collaborationId).OrderByDescending(d => d.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> DueToCloseAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken) =>
        await db.Set<Decision>().Where(d => d.ClosedAt == null && d.ClosesAt <= now && db.CollaborationIdsOn(scope).Contains(d.CollaborationId))
            .Select(d => d.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> RemindersDueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken) =>
        await db.Set<Decision>().Where(d => d.ClosedAt == null && d.RemindedAt == null && d.RemindAt <= now && d.ClosesAt > now && db.CollaborationIdsOn(scope).Contains(d.CollaborationId))
            .Select(d => d.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> WithReservationsDueAsync(DateTimeOffset closedBefore, PlatformScope scope, CancellationToken cancellationToken) =>
        await db.Set<Decision>()
            .Where(d => d.Outcome == DecisionOutcome.ProvisionallyAgreed && d.ClosedAt != null && d.ClosedAt <= closedBefore
                && db.CollaborationIdsOn(scope).Contains(d.CollaborationId)
                && d.Positions.Any(p => (p.Stance == Stance.AgreeWithReservations || p.KeptAsReservation) && p.ResolvedAt == null && p.BroughtBackAt == null && p.MemberId != null))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);

    public void Add(Decision decision) => db.Set<Decision>().Add(decision);

    private IQueryable<Decision> WithPositions() => db.Set<Decision>().Include(d => d.Positions);
}
