using System.Collections.Concurrent;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>Stored files for adapter-only hosts, which run without the database.</summary>
public sealed class InMemoryFileContents : IFileContents
{
    private readonly ConcurrentDictionary<Guid, FileContent> _files = new();

    public Guid Add(FileContent file)
    {
        var id = Guid.NewGuid();
        _files[id] = file;
        return id;
    }

    public Task<FileContent?> GetAsync(Guid fileId, CancellationToken cancellationToken) => Task.FromResult(_files.GetValueOrDefault(fileId));

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
}
