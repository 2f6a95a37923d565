using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Persistence.Tests;

/// <summary>The persistence services wired as the host wires them, on a fresh database of one provider.</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private StoreFixture(TestDatabase database, ServiceProvider services, FakeTimeProvider clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<StoreFixture> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, "store");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.HostSettings()).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<OutboxSignal>()
            .AddSingleton<CollabMetrics>()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddPersistence(configuration)
            .BuildServiceProvider();
        await services.MigrateDatabaseAsync();
        return new StoreFixture(database, services, clock);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
