using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Creates or migrates the schema. EF Core takes a database lock, so several hosts may start at once.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<CollabDbContextFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await using var db = factory.Create();
        // A writer like the others: on SQLite it waits for the write gate.
        using var passage = await factory.Writes.EnterAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the Playground page read while a turn writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Database ready on {Provider}; applied {Count} migrations", db.Database.ProviderName, pending.Count);
    }
}
