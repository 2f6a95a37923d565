using CollabBot.Conversations.ProcessMap;
using CollabBot.Domain.ProcessMap;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.ProcessMap;

internal sealed class EfProcessMapStore(CollabDbContext db) : IProcessMapStore
{
    public async Task<IReadOnlyList<ProcessMapEntry>> ListAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<ProcessMapEntry>().Where(e => e.CollaborationId == collaborationId).ToListAsync(cancellationToken);

    public void Add(ProcessMapEntry entry) => db.Set<ProcessMapEntry>().Add(entry);
}
