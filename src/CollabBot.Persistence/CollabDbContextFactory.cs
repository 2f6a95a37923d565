using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

/// <summary>Creates contexts of the configured provider, for singletons that work outside a request scope.</summary>
public sealed class CollabDbContextFactory(Func<CollabDbContext> create)
{
    public CollabDbContext Create() => create();

    public static CollabDbContextFactory Sqlite(string connectionString) => new(() =>
        new SqliteCollabDbContext(new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite(connectionString).Options));

    public static CollabDbContextFactory Postgres(string connectionString) => new(() =>
        new PostgresCollabDbContext(new DbContextOptionsBuilder<PostgresCollabDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3)).Options));
}
