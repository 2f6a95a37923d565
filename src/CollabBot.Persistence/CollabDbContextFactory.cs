using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

/// <summary>Creates contexts of the configured provider, for singletons that work outside a request scope.</summary>
public sealed class CollabDbContextFactory(Func<CollabDbContext> create, WriteGate? writes = null)
{
    public CollabDbContext Create() => create();

    /// <summary>Where the busiest writes to this database wait for each other.</summary>
    public WriteGate Writes { get; } = writes ?? WriteGate.Open;

    public static CollabDbContextFactory Sqlite(string connectionString)
    {
        // Built once: the options are immutable, and building them is a noticeable share of a short unit of work.
        var options = new DbContextOptionsBuilder<SqliteCollabDbContext>()
            .UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance).Options;
        return new(() => new SqliteCollabDbContext(options), WriteGate.OneAtATime());
    }

    public static CollabDbContextFactory Postgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresCollabDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3)).Options;
        return new(() => new PostgresCollabDbContext(options));
    }
}
