using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// EF's statements that are not queries (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, <c>ExecuteSql</c>) go through the
/// <see cref="WriteGate"/> on SQLite, each for its own run, unless their connection already holds the passage.
/// Queries never need it; EF's saves take theirs in <see cref="GatedSaveChanges"/>.
/// Such a write enters as urgent: it is a store's own write, often one a webhook's answer waits for (a Teams
/// conversation reference), and as a background writer it waited behind every accept of a busy ingress (Teams bench:
/// accepts fell from about 3,700 to 1,600 a second). The unit of work and the bookkeeping enter as background writers
/// themselves, before their writes reach EF.
/// </summary>
internal sealed class GatedCommands(WriteGate gate) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, WritePassage> _passages = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Enter(command, eventData, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Enter(command, eventData, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    private async ValueTask Enter(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is { } db && !gate.IsHeldBy(command.Connection))
        {
            _passages[command] = await gate.EnterAsync(db, urgent: true, cancellationToken);
        }
    }

    private void Leave(DbCommand command)
    {
        if (_passages.TryRemove(command, out var passage))
        {
            passage.Dispose();
        }
    }
}
