using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

public sealed class PostgresCollabDbContext(DbContextOptions<PostgresCollabDbContext> options) : CollabDbContext(options);
