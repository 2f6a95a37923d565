using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// Every EF save on SQLite goes through the <see cref="WriteGate"/>: the passage is taken before EF begins its
/// transaction and given back once the save ended (saved, failed or cancelled). A save on a connection that already
/// holds the passage (a unit of work that entered the gate for its whole commit) takes no second one.
/// Such a write enters as urgent: it is a store's own write, often one a webhook's answer waits for (a Teams
/// conversation reference), and as a background writer it waited behind every accept of a busy ingress (Teams bench:
/// accepts fell from about 3,700 to 1,600 a second). The unit of work and the bookkeeping enter as background writers
/// themselves, before their writes reach EF.
/// </summary>
internal sealed class GatedSaveChanges(WriteGate gate) : SaveChangesInterceptor
{
    private readonly ConcurrentDictionary<DbContext, WritePassage> _passages = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Enter(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    private async ValueTask Enter(DbContext? db, CancellationToken cancellationToken)
    {
        if (db is not null && !gate.IsHeldBy(db.Database.GetDbConnection()))
        {
            _passages[db] = await gate.EnterAsync(db, urgent: true, cancellationToken);
        }
    }

    private void Leave(DbContext? db)
    {
        if (db is not null && _passages.TryRemove(db, out var passage))
        {
            passage.Dispose();
        }
    }
}
