using CollabBot.Domain.Actions;
using CollabBot.Domain.Obstacles;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Actions;

/// <summary>Obstacles, risks and actions are numbered from 1 each, per collaboration: the first risk is risk 1.</summary>
internal static class TeamListNumbers
{
    public static async Task<int> NextConcernAsync(CollabDbContext db, Guid collaborationId, ConcernKind kind, CancellationToken cancellationToken) =>
        1 + (await db.Set<Concern>().Where(c => c.CollaborationId == collaborationId && c.Kind == kind).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0);

    public static async Task<int> NextActionAsync(CollabDbContext db, Guid collaborationId, CancellationToken cancellationToken) =>
        1 + (await db.Set<ActionItem>().Where(a => a.CollaborationId == collaborationId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0);
}
