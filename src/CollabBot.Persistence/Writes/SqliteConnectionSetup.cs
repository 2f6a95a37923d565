using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// Per-connection SQLite settings, applied whenever EF opens a (pooled) connection. The file itself is in WAL mode
/// (set once by <see cref="DatabaseMigrator"/>).
/// <list type="bullet">
/// <item><c>synchronous=NORMAL</c>: with WAL a commit is written to the log before it returns, so it survives a crash
/// of the process; only the last commits before a power loss or OS crash can be lost, because the log is synced at
/// checkpoints rather than at every commit. That is the embedded default's trade-off; PostgreSQL is the fully
/// durable option.</item>
/// <item><c>wal_autocheckpoint=10000</c> pages (about 40 MB of log, instead of 4 MB): the busiest pages (the inbox's
/// last leaf and its indexes) are copied back to the file once per checkpoint however often they changed, so fewer
/// checkpoints write less; +10 % accepts a second in the Slack bench.</item>
/// <item><c>busy_timeout</c>: SQLite waits for the write lock itself, in short steps, instead of failing at once
/// (Microsoft.Data.Sqlite's own retry sleeps 150 ms between attempts).</item>
/// </list>
/// All hold for the native connection, which the pool keeps open, so they are set once per native connection.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static SqliteConnectionSetup Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=10000;";

    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkPrepared(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsPrepared(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkPrepared(connection);
    }

    private static bool IsPrepared(DbConnection connection) =>
        ((SqliteConnection)connection).Handle is { } handle && Prepared.TryGetValue(handle, out _);

    private static void MarkPrepared(DbConnection connection)
    {
        if (((SqliteConnection)connection).Handle is { } handle)
        {
            Prepared.TryAdd(handle, Prepared);
        }
    }
}
