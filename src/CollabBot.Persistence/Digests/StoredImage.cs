namespace CollabBot.Persistence.Digests;

public sealed class StoredImage
{
    public Guid Id { get; set; }
    public required byte[] Png { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
