using CollabBot.Domain.Actions;
using CollabBot.Domain.Obstacles;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Actions;

/// <summary>Obstacles, risks and actions are one list with one numbering per collaboration, so `done 7` names one thing.</summary>
internal static class TeamListNumbers
{
    public static async Task<int> NextAsync(CollabDbContext db, Guid collaborationId, CancellationToken cancellationToken)
    {
        var concerns = await db.Set<Concern>().Where(c => c.CollaborationId == collaborationId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0;
        var actions = await db.Set<ActionItem>().Where(a => a.CollaborationId == collaborationId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0;
        return 1 + Math.Max(concerns, actions);
    }
}
