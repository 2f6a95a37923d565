using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Outbox;

internal sealed class EfOutboxLookup(CollabDbContext db) : IOutboxLookup
{
    public async Task<long?> FindIdAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await db.Outbox.Where(o => o.IdempotencyKey == idempotencyKey).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken);
}
