using CollabBot.Conversations.Messages;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Files;

internal sealed class EfFileContents(CollabDbContextFactory contexts) : IFileContents
{
    public async Task<FileContent?> GetAsync(Guid fileId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Set<StoredFile>().AsNoTracking().Where(f => f.Id == fileId)
            .Select(f => new FileContent(f.Name, f.ContentType, f.Content)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Set<StoredFile>().Where(f => f.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
