using System.Data.Common;
using CollabBot.Domain.Participation;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Writes;

namespace CollabBot.Persistence.Turns;

/// <summary>The group commit's statements, one per kind of row, kept prepared per row count (<see cref="PreparedRowStatements"/>).</summary>
internal sealed class AppendStatements : IAsyncDisposable
{
    /// <summary>Statements of up to this many rows are kept prepared; larger batches are rare and parsed each time.</summary>
    private const int MaxPreparedRows = 128;

    private static readonly string[] HandledColumns = [nameof(HandledTurn.DedupKey), nameof(HandledTurn.HandledAt)];
    private static readonly Func<HandledTurn, object?>[] HandledValues = [t => t.DedupKey, t => t.HandledAt];

    private static readonly string[] CompletionColumns = [nameof(InboxTurn.Id), nameof(InboxTurn.CompletedAt)];
    private static readonly Func<InboxCompletion, object?>[] CompletionValues = [t => t.Id, t => t.At];

    /// <summary>What a new row holds; the delivery and the error columns start empty, the lease too unless the message is handed straight to this host's dispatcher.</summary>
    private static readonly (string Name, Func<OutboxRow, object?> Value)[] OutboxColumns =
    [
        (nameof(OutboxRow.IdempotencyKey), r => r.IdempotencyKey), (nameof(OutboxRow.Platform), r => r.Platform),
        (nameof(OutboxRow.WorkspaceId), r => r.WorkspaceId), (nameof(OutboxRow.ConversationId), r => r.ConversationId),
        (nameof(OutboxRow.RecipientUserId), r => r.RecipientUserId), (nameof(OutboxRow.Unsolicited), r => r.Unsolicited),
        (nameof(OutboxRow.PayloadJson), r => r.PayloadJson), (nameof(OutboxRow.Status), r => r.Status),
        (nameof(OutboxRow.Attempts), r => r.Attempts), (nameof(OutboxRow.CreatedAt), r => r.CreatedAt),
        (nameof(OutboxRow.NextAttemptAt), r => r.NextAttemptAt), (nameof(OutboxRow.LeaseUntil), r => r.LeaseUntil),
        (nameof(OutboxRow.LeaseOwner), r => r.LeaseOwner),
    ];

    private static readonly string[] OutboxColumnNames = [.. OutboxColumns.Select(c => c.Name)];
    private static readonly Func<OutboxRow, object?>[] OutboxValues = [.. OutboxColumns.Select(c => c.Value)];

    private static readonly (string Name, Func<ParticipationSignal, object?> Value)[] SignalColumns =
    [
        (nameof(ParticipationSignal.CollaborationId), s => s.CollaborationId), (nameof(ParticipationSignal.MemberId), s => s.MemberId),
        (nameof(ParticipationSignal.Kind), s => s.Kind), (nameof(ParticipationSignal.At), s => s.At), (nameof(ParticipationSignal.Day), s => s.Day),
    ];

    private static readonly string[] SignalColumnNames = [.. SignalColumns.Select(c => c.Name)];
    private static readonly Func<ParticipationSignal, object?>[] SignalValues = [.. SignalColumns.Select(c => c.Value)];

    private readonly PreparedRowStatements _statements = new(MaxPreparedRows);

    public ValueTask DisposeAsync() => _statements.DisposeAsync();

    /// <summary>Inserts the handled-turn rows not stored yet; returns their keys.</summary>
    public async Task<HashSet<string>> InsertHandledAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<HandledTurn> records)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var command = _statements.Get<HandledTurn>(db, connection, transaction, HandledColumns, records.Count, rows => $"""
            INSERT INTO "handled_turns" ("DedupKey", "HandledAt") VALUES {rows}
            ON CONFLICT ("DedupKey") DO NOTHING RETURNING "DedupKey"
            """);
        return new HashSet<string>(await command.Bind(records, HandledValues).ReadAsync(r => r.GetString(0)), StringComparer.Ordinal);
    }

    /// <summary>Completes the inbox rows not completed yet; returns their ids.</summary>
    public async Task<HashSet<long>> CompleteInboxTurnsAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<InboxCompletion> turns)
    {
        if (turns.Count == 0)
        {
            return [];
        }

        // A VALUES list's columns are column1, column2, … on both SQLite and PostgreSQL.
        var command = _statements.Get<InboxTurn>(db, connection, transaction, CompletionColumns, turns.Count, rows => $"""
            UPDATE "inbox" SET "CompletedAt" = v.column2 FROM (VALUES {rows}) AS v
            WHERE "inbox"."Id" = v.column1 AND "inbox"."CompletedAt" IS NULL RETURNING "inbox"."Id"
            """);
        return [.. await command.Bind(turns, CompletionValues).ReadAsync(r => r.GetInt64(0))];
    }

    /// <summary>Inserts the outbox rows whose key is new; returns the id of each by its key.</summary>
    public async Task<Dictionary<string, long>> InsertOutboxRowsAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<OutboxRow> rows)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var command = _statements.Get<OutboxRow>(db, connection, transaction, OutboxColumnNames, rows.Count, values => $"""
            INSERT INTO "outbox" ({Columns(OutboxColumnNames)}) VALUES {values}
            ON CONFLICT ("IdempotencyKey") DO NOTHING RETURNING "Id", "IdempotencyKey"
            """);
        var returned = await command.Bind(rows, OutboxValues).ReadAsync(r => (Id: r.GetInt64(0), Key: r.GetString(1)));
        return returned.ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);
    }

    public async Task InsertSignalsAsync(CollabDbContext db, DbConnection connection, DbTransaction transaction, List<ParticipationSignal> signals)
    {
        if (signals.Count == 0)
        {
            return;
        }

        var command = _statements.Get<ParticipationSignal>(db, connection, transaction, SignalColumnNames, signals.Count, values => $"""
            INSERT INTO "participation_signals" ({Columns(SignalColumnNames)}) VALUES {values}
            """);
        await command.Bind(signals, SignalValues).Command.ExecuteNonQueryAsync();
    }

    private static string Columns(string[] names) => string.Join(", ", names.Select(c => $"\"{c}\""));
}
