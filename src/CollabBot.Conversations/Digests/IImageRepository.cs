namespace CollabBot.Conversations.Digests;

/// <summary>Raw storage for images the bot serves.</summary>
public interface IImageRepository
{
    Task<Guid> AddAsync(byte[] png, CancellationToken cancellationToken);

    Task<byte[]?> GetAsync(Guid id, CancellationToken cancellationToken);
}
