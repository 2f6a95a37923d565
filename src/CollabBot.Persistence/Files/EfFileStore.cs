using CollabBot.Conversations.Messages;

namespace CollabBot.Persistence.Files;

/// <summary>Adds files to the turn's DbContext, so they are saved with the outbox rows that reference them.</summary>
internal sealed class EfFileStore(CollabDbContext db, TimeProvider clock) : IFileStore
{
    public Guid Add(NewFile file)
    {
        var stored = new StoredFile
        {
            Id = Guid.NewGuid(),
            Platform = file.Platform,
            WorkspaceId = file.WorkspaceId,
            OwnerUserId = file.OwnerUserId,
            Name = file.Name,
            ContentType = file.ContentType,
            Content = file.Content,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(stored);
        return stored.Id;
    }
}
