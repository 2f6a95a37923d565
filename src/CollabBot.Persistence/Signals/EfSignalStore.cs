using CollabBot.Conversations.Participation;
using CollabBot.Domain.Noise;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Signals;

internal sealed class EfSignalStore(CollabDbContext db) : ISignalStore
{
    public async Task<IReadOnlyList<SignalRecord>> RecordsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return await db.Set<SignalRecord>().AsNoTracking().Where(r => ids.Contains(r.CollaborationId) && r.At >= since).ToListAsync(cancellationToken);
    }

    public void Add(SignalRecord record) => db.Add(record);

    public async Task<int> BotPostsSinceAsync(Guid collaborationId, DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.Set<BotPost>().CountAsync(p => p.CollaborationId == collaborationId && p.At > since, cancellationToken)
        + db.Set<BotPost>().Local.Count(p => p.CollaborationId == collaborationId && p.At > since && db.Entry(p).State == EntityState.Added);

    public async Task<DateTimeOffset?> LastBotPostAsync(Guid collaborationId, string kind, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var stored = await db.Set<BotPost>().Where(p => p.CollaborationId == collaborationId && p.Kind == kind && p.At >= since).MaxAsync(p => (DateTimeOffset?)p.At, cancellationToken);
        var added = db.Set<BotPost>().Local.Where(p => p.CollaborationId == collaborationId && p.Kind == kind && p.At >= since).Select(p => (DateTimeOffset?)p.At).Max();
        return added > stored || stored is null ? added : stored;
    }

    public void Add(BotPost post) => db.Add(post);

    public async Task<IReadOnlySet<Guid>> WithWinsToCelebrateAsync(CollaborationScope scope, CancellationToken cancellationToken)
    {
        var ids = db.InScope(scope).Select(c => c.Id);
        return (await db.Set<SmallWin>().Where(w => ids.Contains(w.CollaborationId) && w.Celebrate && w.CelebratedAt == null)
            .Select(w => w.CollaborationId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyList<SmallWin>> WinsToCelebrateAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        (await db.Set<SmallWin>().Where(w => w.CollaborationId == collaborationId && w.Celebrate && w.CelebratedAt == null).ToListAsync(cancellationToken))
        .OrderBy(w => w.At).ToList();
}
