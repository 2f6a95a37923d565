namespace CollabBot.Conversations.Messages;

/// <summary>Signed, expiring download links to stored files, served by the host (like the digest's chart images).</summary>
public interface IFileLinks
{
    string DownloadUrl(Guid fileId);
}
