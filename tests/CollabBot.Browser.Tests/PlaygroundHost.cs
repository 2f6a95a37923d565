using CollabBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Browser.Tests;

/// <summary>The real host in Development (the Playground on) on Kestrel at 127.0.0.1, on a SQLite file the test owns.</summary>
public sealed class PlaygroundHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    private PlaygroundHost(TestDatabase database)
    {
        _database = database;
        UseKestrel(0);
        StartServer();
    }

    public static async Task<PlaygroundHost> StartAsync() => new(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "browser"));

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _database.HostSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Outbox:PollInterval", "00:00:00.050");
        builder.UseSetting("Scheduling:WorkerCount", "1");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
