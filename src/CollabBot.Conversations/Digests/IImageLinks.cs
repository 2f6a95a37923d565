namespace CollabBot.Conversations.Digests;

/// <summary>Signed, expiring links to the images the bot serves itself (digest charts).</summary>
public interface IImageLinks
{
    string LinkTo(Guid imageId);
}
