using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Actions;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Actions;

internal sealed class EfActionStore(CollabDbContext db) : IActionStore
{
    public Task<int> NextNumberAsync(Guid collaborationId, CancellationToken cancellationToken) => TeamListNumbers.NextActionAsync(db, collaborationId, cancellationToken);

    public Task<ActionItem?> FindAsync(Guid collaborationId, int number, CancellationToken cancellationToken) =>
        db.Set<ActionItem>().FirstOrDefaultAsync(a => a.CollaborationId == collaborationId && a.Number == number, cancellationToken);

    public async Task<IReadOnlyList<ActionItem>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<ActionItem>().Where(a => a.CollaborationId == collaborationId).OrderBy(a => a.Number).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ActionItem>> OpenAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<ActionItem>().AsNoTracking().Where(a => ids.Contains(a.CollaborationId) && a.DoneAt == null).OrderBy(a => a.Number).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ReminderCandidatesAsync(DateOnly dueFrom, DateOnly dueBy, PlatformScope platforms, CancellationToken cancellationToken) =>
        await db.Set<ActionItem>().Where(a => a.DoneAt == null && a.RemindedAt == null && a.OwnerId != null && a.DueOn >= dueFrom && a.DueOn <= dueBy
                && db.CollaborationIdsOn(platforms).Contains(a.CollaborationId))
            .Select(a => a.Id).ToListAsync(cancellationToken);

    public Task<ActionItem?> GetAsync(Guid actionId, CancellationToken cancellationToken) =>
        db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken);

    public void Add(ActionItem action) => db.Set<ActionItem>().Add(action);
}
