using CollabBot.Persistence.Writes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CollabBot.Persistence;

/// <summary>
/// Creates contexts of the configured provider, for singletons that work outside a request scope and for each scope.
/// Contexts come from EF's pool: a turn runs several short units of work, and setting up a fresh context's services
/// for each was a tenth of a turn's CPU.
/// </summary>
public sealed class CollabDbContextFactory(Func<CollabDbContext> create, WriteGate? writes = null)
{
    public CollabDbContext Create() => create();

    /// <summary>Where writes to this database wait for each other (on SQLite, every write: see <see cref="WriteGate"/>).</summary>
    public WriteGate Writes { get; } = writes ?? WriteGate.Open;

    public static CollabDbContextFactory Sqlite(string connectionString)
    {
        // Built once: the options are immutable, and building them is a noticeable share of a short unit of work.
        var gate = WriteGate.OneAtATime();
        var options = new DbContextOptionsBuilder<SqliteCollabDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqliteConnectionSetup.Instance)
            .Options;
        var pool = new PooledDbContextFactory<SqliteCollabDbContext>(options);
        return new(pool.CreateDbContext, gate);
    }

    public static CollabDbContextFactory Postgres(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresCollabDbContext>()
            .UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3)).Options;
        var pool = new PooledDbContextFactory<PostgresCollabDbContext>(options);
        return new(pool.CreateDbContext);
    }
}
