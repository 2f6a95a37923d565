using System.Data.Common;
using CollabBot.Conversations.Storage;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Outbox;

/// <summary>
/// Records messages as delivered, inside a transaction the caller holds: by the dispatcher once the platform took them,
/// and by a turn's own commit for the answer it gives inline. Each row takes the next delivery position of its platform,
/// in the order given; a row no longer pending is left as it is.
/// </summary>
internal static class SentMarks
{
    public static async Task WriteAsync(
        CollabDbContext db, DbConnection connection, DbTransaction transaction, IReadOnlyList<(long Id, string PlatformMessageId)> sent, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (sent.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.AddParameter("@sent", ProviderValues.Of<OutboxRow>(db, nameof(OutboxRow.Status), OutboxStatus.Sent));
        command.AddParameter("@pending", ProviderValues.Of<OutboxRow>(db, nameof(OutboxRow.Status), OutboxStatus.Pending));
        command.AddParameter("@now", ProviderValues.Of<OutboxRow>(db, nameof(OutboxRow.SentAt), now));
        if (db.Database.IsNpgsql())
        {
            // One statement for the whole batch. Positions are drawn in the order given: in a SELECT with ORDER BY,
            // PostgreSQL evaluates a volatile target (nextval) after sorting; the CTE is materialized before the join.
            command.CommandText = $"""
                WITH v AS MATERIALIZED (
                    SELECT x.id, x.pid, nextval('{PostgresCollabDbContext.DeliverySequence}') AS seq
                    FROM unnest(@ids, @pids) WITH ORDINALITY AS x(id, pid, ord) ORDER BY x.ord)
                UPDATE outbox AS o SET "Status" = @sent, "SentAt" = @now, "PlatformMessageId" = v.pid, "LeaseUntil" = NULL, "DeliveredSeq" = v.seq
                FROM v WHERE o."Id" = v.id AND o."Status" = @pending
                """;
            command.AddParameter("@ids", sent.Select(s => s.Id).ToArray());
            command.AddParameter("@pids", sent.Select(s => s.PlatformMessageId).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        // SQLite runs one writer at a time: MAX + 1 takes the next position as each row becomes Sent. The maximum is
        // taken within the row's platform (positions are read per platform): a lookup at the end of the
        // (Platform, DeliveredSeq) index, where the whole table's maximum read all of it for every row, holding the
        // write lock (11 ms at 100,000 rows). One statement, prepared once and run per row in the order given.
        command.CommandText = """
            UPDATE "outbox" SET "Status" = @sent, "SentAt" = @now, "PlatformMessageId" = @platformMessageId, "LeaseUntil" = NULL,
                "DeliveredSeq" = (SELECT IFNULL(MAX(x."DeliveredSeq"), 0) FROM "outbox" AS x WHERE x."Platform" = "outbox"."Platform") + 1
            WHERE "Id" = @id AND "Status" = @pending
            """;
        var idParameter = command.AddParameter("@id", null);
        var platformMessageIdParameter = command.AddParameter("@platformMessageId", null);
        foreach (var (id, platformMessageId) in sent)
        {
            idParameter.Value = id;
            platformMessageIdParameter.Value = platformMessageId;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
