using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Holds the migration for PostgreSQL hosts sharing a database (any number, as long as all use this key).</summary>
    private const long MigrationLockKey = 0x436F6C6C6162; // "Collab"

    /// <summary>
    /// Creates or migrates the schema. On PostgreSQL several hosts may start at once: each waits for a session-level
    /// advisory lock, then finds what the one before it applied (EF's own lock did not stop two hosts starting on an
    /// empty database from adding the same column).
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<CollabDbContextFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await using var db = factory.Create();
        var shared = db.Database.IsNpgsql();

        // A writer like the others: on SQLite it waits for the write gate; on PostgreSQL, for the other hosts.
        using var passage = await factory.Writes.EnterAsync(cancellationToken);
        if (shared)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        }

        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets the Playground page read while a turn writes; the setting is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            logger.LogInformation("Database ready on {Provider}; applied {Count} migrations", db.Database.ProviderName, pending.Count);
        }
        finally
        {
            if (shared)
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
