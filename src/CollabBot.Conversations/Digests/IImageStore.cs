namespace CollabBot.Conversations.Digests;

/// <summary>Images the bot serves itself (digest charts), reachable by a signed, expiring link.</summary>
public interface IImageStore
{
    /// <summary>Stores the PNG and returns a link that works until it expires.</summary>
    Task<string> SaveAsync(byte[] png, CancellationToken cancellationToken);
}
