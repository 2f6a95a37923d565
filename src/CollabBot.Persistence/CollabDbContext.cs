using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Workspaces;
using CollabBot.Persistence.ChannelState;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Turns;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence;

/// <summary>
/// The one database of CollabBot. Provider-specific subclasses (<see cref="SqliteCollabDbContext"/>,
/// <see cref="PostgresCollabDbContext"/>) carry their own migrations.
/// </summary>
public abstract class CollabDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The ASP.NET Core Data Protection key ring, shared by every host through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Collaboration> Collaborations => Set<Collaboration>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<HandledTurn> HandledTurns => Set<HandledTurn>();
    public DbSet<InboxTurn> Inbox => Set<InboxTurn>();
    public DbSet<ChannelStateEntry> ChannelState => Set<ChannelStateEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CollabDbContext).Assembly);
}
