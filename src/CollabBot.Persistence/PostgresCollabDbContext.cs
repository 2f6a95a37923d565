using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

public sealed class PostgresCollabDbContext(DbContextOptions<PostgresCollabDbContext> options) : CollabDbContext(options)
{
    public const string DeliverySequence = "outbox_delivery_seq";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasSequence<long>(DeliverySequence);
    }
}
