namespace CollabBot.Testing;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>A fresh database of either provider, removed when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string? sqlitePath, string? postgres)
    {
        Provider = provider;
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgres;
    }

    public DatabaseProvider Provider { get; }
    public string? SqlitePath { get; }
    public string? PostgresConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string purpose) => provider switch
    {
        DatabaseProvider.Sqlite => new TestDatabase(provider, Path.Combine(Path.GetTempPath(), $"collabbot-{purpose}-{Guid.NewGuid():N}.db"), null),
        _ => new TestDatabase(provider, null, await PostgresServer.CreateDatabaseAsync(purpose)),
    };

    /// <summary>Configuration that points the host at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HostSettings() => Provider == DatabaseProvider.Sqlite
        ? [new("Persistence:SqlitePath", SqlitePath), new("ConnectionStrings:Postgres", "")]
        : [new("ConnectionStrings:Postgres", PostgresConnectionString)];

    public async ValueTask DisposeAsync()
    {
        if (PostgresConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(PostgresConnectionString);
        }

        if (SqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
