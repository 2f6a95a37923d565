using CollabBot.Conversations.Storage;
using CollabBot.Domain.Participation;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CollabBot.Persistence;

/// <summary>
/// The commit path of a unit of work that changed what EF tracks (see <see cref="EfUnitOfWork"/>): the changes and the
/// unit's appends in one EF save, in one transaction that also records the turn and the answer given inline. Retried as
/// a whole where the provider retries (PostgreSQL); the changes are accepted only once it committed.
/// </summary>
internal sealed class EfUnitOfWorkSave(CollabDbContext db, CollabDbContextFactory contexts)
{
    /// <summary>Saves; returns the outbox ids of the appended rows, in order.</summary>
    public async Task<IReadOnlyList<long>> SaveAsync(Appends appends, CancellationToken cancellationToken)
    {
        if (appends.Handled is { } handled)
        {
            db.HandledTurns.Add(handled);
        }

        db.Set<ParticipationSignal>().AddRange(appends.Signals);
        db.Outbox.AddRange(appends.Rows);
        try
        {
            using var passage = await contexts.Writes.EnterAsync(cancellationToken);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => SaveInTransactionAsync(appends, ct), cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateWriteException(ex);
        }

        db.ChangeTracker.AcceptAllChanges();
        return [.. appends.Rows.Select(r => r.Id)];
    }

    private async Task SaveInTransactionAsync(Appends appends, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (appends.InboxTurn is { } inboxTurn)
        {
            // Before the save: a turn that erases personal data redacts its own inbox row in it.
            var completed = await db.Inbox.Where(t => t.Id == inboxTurn.Id && t.CompletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.CompletedAt, inboxTurn.At), cancellationToken);
            if (completed == 0)
            {
                throw new TurnHandledBeforeException(inboxTurn.DedupKey);
            }
        }

        await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        // Until the changes are accepted, a generated key lives in the change tracker, not yet on the row.
        var delivered = appends.Delivered.Select(d => ((long)db.Entry(d.Row).Property(r => r.Id).CurrentValue, d.PlatformMessageId)).ToList();
        await SentMarks.WriteAsync(db, db.Database.GetDbConnection(), transaction.GetDbTransaction(), delivered, appends.At, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
