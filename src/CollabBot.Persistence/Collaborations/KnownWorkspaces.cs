using CollabBot.Domain;
using CollabBot.Domain.Workspaces;
using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Persistence.Collaborations;

/// <summary>
/// Workspaces this host has read from its database, by platform and external id. A workspace row never changes and is
/// never deleted, so every turn need not read it again. Only stored rows are kept: one added by a unit of work that
/// may still roll back is not. One per host (a singleton), so per database; at most <see cref="Limit"/>, the least
/// recently used leaving first.
/// </summary>
internal sealed class KnownWorkspaces : IDisposable
{
    private const int Limit = 100_000;
    private static readonly MemoryCacheEntryOptions OneEntry = new() { Size = 1 };
    private readonly MemoryCache _stored = new(new MemoryCacheOptions { SizeLimit = Limit });

    public Workspace? Find(Platform platform, string externalId) => _stored.TryGetValue((platform, externalId), out Workspace? known) ? known : null;

    public void Stored(Workspace workspace) => _stored.Set((workspace.Platform, workspace.ExternalId), workspace, OneEntry);

    public void Dispose() => _stored.Dispose();
}
