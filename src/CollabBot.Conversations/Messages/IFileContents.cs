namespace CollabBot.Conversations.Messages;

/// <summary>Reads a stored file's bytes outside any turn: for a sender that uploads it, or the host that serves it.</summary>
public interface IFileContents
{
    Task<FileContent?> GetAsync(Guid fileId, CancellationToken cancellationToken);

    /// <summary>Deletes the files stored before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record FileContent(string Name, string ContentType, byte[] Bytes);
