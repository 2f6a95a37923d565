using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Persistence.Catalysts;
using CollabBot.Persistence.ChannelState;
using CollabBot.Persistence.CheckIns;
using CollabBot.Persistence.Collaborations;
using CollabBot.Persistence.Digests;
using CollabBot.Persistence.Outbox;
using CollabBot.Persistence.Participation;
using CollabBot.Persistence.Turns;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollabBot.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>The PostgreSQL connection string, when one is configured; otherwise the embedded SQLite file is used.</summary>
    public static string? PostgresConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("Postgres") is { Length: > 0 } cs ? cs : null;

    /// <summary>EF Core storage: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else a SQLite file.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = configuration.PostgresConnectionString();
        var options = configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
        var factory = postgres is not null
            ? CollabDbContextFactory.Postgres(postgres)
            : CollabDbContextFactory.Sqlite($"Data Source={Path.GetFullPath(options.SqlitePath)};Default Timeout=30");
        services.TryAddSingleton<DomainClock>();
        services.AddSingleton(factory);
        services.AddScoped(_ => factory.Create());
        services.AddScoped<ICollaborationStore, EfCollaborationStore>();
        services.AddSingleton<KnownWorkspaces>();
        services.AddScoped<EfUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<EfUnitOfWork>());
        // Without a dispatcher on this host (the conversations' services add one), every message is claimed from the outbox.
        services.TryAddSingleton<IOutboxCommits>(sp => OutboxHandoff.None(sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ICheckInStore, EfCheckInStore>();
        services.AddScoped<IParticipationLog, EfParticipationLog>();
        services.AddScoped<IParticipationStore, EfParticipationStore>();
        services.AddScoped<IDigestStore, EfDigestStore>();
        services.AddScoped<ICatalystStore, EfCatalystStore>();
        services.AddScoped<CollabBot.Conversations.Participation.ISignalStore, Signals.EfSignalStore>();
        services.AddSingleton<IImageRepository, EfImageRepository>();
        services.AddConveningStores();
        services.AddSingleton<IOutboxStore, EfOutboxStore>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<TurnCommitWriter>();
        services.AddSingleton<ITurnInbox, EfTurnInbox>();
        services.AddSingleton<IChannelStateStore, EfChannelStateStore>();
        services.AddSingleton<IMemberCollaborations, EfMemberCollaborations>();
        // Signed chart links and stored platform tokens must read the same on every host and after a restart.
        services.AddDataProtection().SetApplicationName("CollabBot").PersistKeysToDbContext<CollabDbContext>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
