using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Digests;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Digests;

internal sealed class EfImageRepository(CollabDbContextFactory contexts) : IImageRepository
{
    public async Task<(byte[]? Png, DigestChart? Chart)?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var image = await db.Set<StoredImage>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return image is null ? null : (image.Png, image.Chart is { } json ? JsonSerializer.Deserialize<DigestChart>(json, CollabJson.Options) : null);
    }

    public async Task SavePngAsync(Guid id, byte[] png, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await db.Set<StoredImage>().Where(i => i.Id == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Png, png), cancellationToken);
    }
}
