using System.Collections.Concurrent;
using CollabBot.Domain;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Persistence.Collaborations;

/// <summary>
/// Workspaces this host has read from its database, by platform and external id. A workspace row never changes and is
/// never deleted, so every turn need not read it again. Only stored rows are kept: one added by a unit of work that
/// may still roll back is not. One per host (a singleton), so per database.
/// </summary>
internal sealed class KnownWorkspaces
{
    private const int Limit = 100_000;
    private readonly ConcurrentDictionary<(Platform, string), Workspace> _stored = new();

    public Workspace? Find(Platform platform, string externalId) => _stored.GetValueOrDefault((platform, externalId));

    public void Stored(Workspace workspace)
    {
        if (_stored.Count > Limit)
        {
            _stored.Clear();
        }

        _stored[(workspace.Platform, workspace.ExternalId)] = workspace;
    }
}
