using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Workspaces;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Collaborations;

internal sealed class EfCollaborationStore(CollabDbContext db, KnownWorkspaces known, TimeProvider clock) : ICollaborationStore
{
    // Both run in every turn.
    private static readonly CompiledPerProvider<Func<CollabDbContext, Platform, string, CancellationToken, Task<Workspace?>>> WorkspaceOf = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, Platform platform, string externalId, CancellationToken _) =>
            db.Workspaces.AsNoTracking().FirstOrDefault(w => w.Platform == platform && w.ExternalId == externalId)));

    private static readonly CompiledPerProvider<Func<CollabDbContext, Guid, string, CancellationToken, Task<Collaboration?>>> CollaborationIn = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, Guid workspaceId, string channelId, CancellationToken _) =>
            db.Collaborations.Include(c => c.Members).Include(c => c.PhaseHistory).AsSplitQuery()
                .FirstOrDefault(c => c.WorkspaceId == workspaceId && c.ChannelId == channelId)));

    public async Task<Workspace> GetWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken) =>
        await db.Workspaces.FindAsync([workspaceId], cancellationToken)
        ?? throw new InvalidOperationException($"Workspace {workspaceId} does not exist.");

    public async Task<Workspace> GetOrAddWorkspaceAsync(Platform platform, string externalId, CancellationToken cancellationToken)
    {
        // A stored workspace comes back untracked (and is shared by the host's turns); nothing refers to one but by its id.
        if (db.Workspaces.Local.FirstOrDefault(w => w.Platform == platform && w.ExternalId == externalId) is { } local)
        {
            return local;
        }

        if (known.Find(platform, externalId) is { } remembered)
        {
            return remembered;
        }

        if (await WorkspaceOf.For(db)(db, platform, externalId, cancellationToken) is { } stored)
        {
            known.Stored(stored);
            return stored;
        }

        var added = new Workspace(Guid.NewGuid(), platform, externalId, clock.GetUtcNow());
        db.Workspaces.Add(added);
        return added;
    }

    public Task<Collaboration?> FindByChannelAsync(Guid workspaceId, string channelId, CancellationToken cancellationToken) =>
        CollaborationIn.For(db)(db, workspaceId, channelId, cancellationToken);

    public Task<Collaboration?> FindAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        WithChildren().FirstOrDefaultAsync(c => c.Id == collaborationId, cancellationToken);

    public async Task<IReadOnlyList<Guid>> PhaseStartedBeforeAsync(DateTimeOffset startedBefore, PlatformScope scope, CancellationToken cancellationToken) =>
        await db.OnPlatforms(db.Collaborations, scope).Where(c => c.PhaseStartedAt < startedBefore).Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Cron, string TimeZoneId)>> SummarySchedulesAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        (await db.OnPlatforms(db.Collaborations.Where(c => !c.SummaryOff), platforms).Select(c => new { c.SummaryCron, c.TimeZoneId }).Distinct().ToListAsync(cancellationToken))
        .Select(s => (s.SummaryCron, s.TimeZoneId)).ToList();

    public void Add(Collaboration collaboration) => db.Collaborations.Add(collaboration);

    private IQueryable<Collaboration> WithChildren() =>
        db.Collaborations.Include(c => c.Members).Include(c => c.PhaseHistory).AsSplitQuery();
}
