using CollabBot.Conversations.Glossary;
using CollabBot.Domain.Glossary;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Glossary;

internal sealed class EfGlossaryStore(CollabDbContext db) : IGlossaryStore
{
    public async Task<SharedGlossary> LoadAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        new(await db.Set<Definition>().Where(d => d.CollaborationId == collaborationId).OrderBy(d => d.Number).ToListAsync(cancellationToken));

    public void Add(Definition definition) => db.Set<Definition>().Add(definition);
}
