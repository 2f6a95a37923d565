using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CollabBot.Persistence;

/// <summary>Used only by `dotnet ef migrations add`; the connection strings are never opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCollabDbContext>
{
    public SqliteCollabDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCollabDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCollabDbContext>
{
    public PostgresCollabDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCollabDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
