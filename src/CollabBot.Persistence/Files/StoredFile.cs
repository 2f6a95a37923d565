using CollabBot.Domain;

namespace CollabBot.Persistence.Files;

/// <summary>A file the bot sent someone (an export), kept out of the outbox row that references it.</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public Platform Platform { get; set; }
    public required string WorkspaceId { get; set; }

    /// <summary>Whose data it holds: <c>forget me</c> deletes it.</summary>
    public required string OwnerUserId { get; set; }

    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
