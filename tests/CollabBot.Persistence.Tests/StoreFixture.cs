using CollabBot.Conversations;
using CollabBot.Conversations.Delivery;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
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

    /// <param name="sender">With a sender, its platform's dispatcher runs in this "host" and the turns' replies are handed to it.</param>
    /// <param name="outbox">Changes to the dispatcher's settings.</param>
    public static async Task<StoreFixture> CreateAsync(DatabaseProvider provider, IChannelSender? sender = null, Action<OutboxOptions>? outbox = null)
    {
        var database = await TestDatabase.CreateAsync(provider, "store");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.HostSettings()).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        if (sender is not null)
        {
            services.AddSingleton(sender)
                .AddSingleton(new IngressPressure())
                .AddSingleton<OutboxDispatcher>()
                .AddSingleton(sp => new OutboxHandoff([sender.Platform], clock, sp.GetRequiredService<IOptions<OutboxOptions>>(), sp.GetRequiredService<OutboxSignal>()))
                .AddSingleton<IOutboxCommits>(sp => sp.GetRequiredService<OutboxHandoff>())
                .AddOptions<OutboxOptions>().Configure(o => outbox?.Invoke(o));
        }

        services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<OutboxSignal>()
            .AddSingleton<CollabMetrics>()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance)
            .AddPersistence(configuration);
        var provided = services.BuildServiceProvider();
        await provided.MigrateDatabaseAsync();
        return new StoreFixture(database, provided, clock);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
