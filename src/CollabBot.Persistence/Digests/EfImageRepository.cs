using CollabBot.Conversations.Digests;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Digests;

internal sealed class EfImageRepository(CollabDbContextFactory contexts, TimeProvider clock) : IImageRepository
{
    public async Task<Guid> AddAsync(byte[] png, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var image = new StoredImage { Id = Guid.NewGuid(), Png = png, CreatedAt = clock.GetUtcNow() };
        db.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        return image.Id;
    }

    public async Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Set<StoredImage>().Where(i => i.Id == id).Select(i => i.Png).FirstOrDefaultAsync(cancellationToken);
    }
}
