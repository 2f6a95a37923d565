namespace CollabBot.Conversations.Digests;

/// <summary>The images the bot serves, outside any unit of work: read when a link is fetched, and the drawn PNG kept.</summary>
public interface IImageRepository
{
    /// <summary>The drawn PNG, or else the chart still to draw; null when there is no such image.</summary>
    Task<(byte[]? Png, DigestChart? Chart)?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task SavePngAsync(Guid id, byte[] png, CancellationToken cancellationToken);
}
