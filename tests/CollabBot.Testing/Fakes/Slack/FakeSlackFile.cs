namespace CollabBot.Testing.Fakes;

/// <summary>A file reserved at the fake Slack: the bytes that reached its upload URL, and where it was shared.</summary>
public sealed class FakeSlackFile(string id, string name, long length)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public long Length { get; } = length;
    public byte[]? Bytes { get; private set; }
    public string? ContentType { get; private set; }

    /// <summary>The Authorization header the upload came with: the upload URL is the credential, so it should be empty.</summary>
    public string? UploadAuthorization { get; private set; }

    public string? Channel { get; private set; }
    public string? Comment { get; private set; }
    public string? Title { get; private set; }

    public void Uploaded(byte[] bytes, string? contentType, string? authorization) =>
        (Bytes, ContentType, UploadAuthorization) = (bytes, contentType, authorization);

    public void Shared(string? channel, string? comment, string? title) => (Channel, Comment, Title) = (channel, comment, title ?? Name);
}
