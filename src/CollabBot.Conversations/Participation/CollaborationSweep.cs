using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Participation;

/// <summary>What a sweep's visit works with: the shared snapshot, the workspaces, and the unit of work of its chunk.</summary>
public sealed record SweepContext(ActivitySnapshot Snapshot, IReadOnlyDictionary<Guid, Workspace> Workspaces, IServiceProvider Services, IUnitOfWork UnitOfWork)
{
    public ConversationAddress ChannelOf(Collaboration collaboration)
    {
        var workspace = Workspaces[collaboration.WorkspaceId];
        return new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId);
    }
}

/// <summary>
/// The one shape of the daily scans and the digests: load an <see cref="ActivitySnapshot"/> (and whatever else the
/// caller needs) for every collaboration in a scope in a handful of queries, then visit the items (collaborations,
/// or digest targets) in chunks, each chunk with its own unit of work, so a long sweep commits as it goes and a chunk
/// another host already sent is skipped, not repeated.
/// </summary>
public sealed class CollaborationSweep(IServiceScopeFactory scopes, ILogger<CollaborationSweep> logger)
{
    public const int ChunkSize = 100;

    /// <summary>
    /// Visits every collaboration in scope; returns the sum of what <paramref name="visit"/> counted.
    /// <paramref name="beforeChunk"/>, when given, runs before a chunk's visits (to read ahead what they will ask).
    /// </summary>
    public Task<int> RunAsync<TExtra>(
        CollaborationScope scope, DateTimeOffset now, Func<IServiceProvider, ActivitySnapshot, Task<TExtra>> loadExtra,
        Func<SweepContext, Collaboration, TExtra, Task<int>> visit, CancellationToken cancellationToken,
        Func<SweepContext, IReadOnlyList<Collaboration>, TExtra, Task>? beforeChunk = null) =>
        RunAsync(scope, now, loadExtra, (snapshot, _) => snapshot.Collaborations, visit, cancellationToken, beforeChunk);

    /// <summary>Visits the items made of the snapshot; returns the sum of what <paramref name="visit"/> counted.</summary>
    public async Task<int> RunAsync<TExtra, TItem>(
        CollaborationScope scope, DateTimeOffset now, Func<IServiceProvider, ActivitySnapshot, Task<TExtra>> loadExtra,
        Func<ActivitySnapshot, TExtra, IEnumerable<TItem>> items, Func<SweepContext, TItem, TExtra, Task<int>> visit, CancellationToken cancellationToken,
        Func<SweepContext, IReadOnlyList<TItem>, TExtra, Task>? beforeChunk = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ActivitySnapshot snapshot;
        TExtra extra;
        var workspaces = new Dictionary<Guid, Workspace>();
        await using (var load = scopes.CreateAsyncScope())
        {
            snapshot = await ActivitySnapshot.LoadAsync(load.ServiceProvider.GetRequiredService<IParticipationStore>(), scope, now, FadeSettings.Default, cancellationToken);
            extra = await loadExtra(load.ServiceProvider, snapshot);
            var store = load.ServiceProvider.GetRequiredService<ICollaborationStore>();
            foreach (var id in snapshot.Collaborations.Select(c => c.WorkspaceId).Distinct())
            {
                workspaces[id] = await store.GetWorkspaceAsync(id, cancellationToken);
            }
        }

        var loaded = watch.Elapsed;
        var counted = 0;
        foreach (var chunk in items(snapshot, extra).Chunk(ChunkSize))
        {
            await using var work = scopes.CreateAsyncScope();
            var context = new SweepContext(snapshot, workspaces, work.ServiceProvider, work.ServiceProvider.GetRequiredService<IUnitOfWork>());
            if (beforeChunk is not null)
            {
                await beforeChunk(context, chunk, extra);
            }

            var inChunk = 0;
            foreach (var item in chunk)
            {
                inChunk += await visit(context, item, extra);
            }

            try
            {
                await context.UnitOfWork.CommitAsync(cancellationToken);
                counted += inChunk;
            }
            catch (DuplicateWriteException)
            {
                logger.LogInformation("A chunk of {Count} at {Now} was done by another host", chunk.Length, now);
            }
        }

        logger.LogInformation("Sweep of {Scope} at {Now}: snapshot of {Collaborations} collaborations in {Loaded} ms, visits and commits in {Visited} ms",
            scope.GetType().Name, now, snapshot.Collaborations.Count, (long)loaded.TotalMilliseconds, (long)(watch.Elapsed - loaded).TotalMilliseconds);
        return counted;
    }
}
