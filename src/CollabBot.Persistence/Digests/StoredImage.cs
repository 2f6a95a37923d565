namespace CollabBot.Persistence.Digests;

/// <summary>An image the bot serves: a digest chart is stored as its series (JSON) and drawn on the first fetch.</summary>
public sealed class StoredImage
{
    public Guid Id { get; set; }

    /// <summary>Null until the chart was drawn.</summary>
    public byte[]? Png { get; set; }

    public string? Chart { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
