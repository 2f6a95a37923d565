using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// What a Playground scenario runs on: a fresh database of either provider, the real host on loopback on it, and a
/// Playground client talking to the host as a script would. Disposing stops the host and drops the database.
/// </summary>
public sealed class PlaygroundHost : IAsyncDisposable
{
    private PlaygroundHost(TestDatabase database, CollabBotApp app)
    {
        Database = database;
        App = app;
        Playground = new PlaygroundClient(app.Http());
    }

    public TestDatabase Database { get; }

    public CollabBotApp App { get; }

    /// <summary>The client for the "innovation-lab" conversation; <see cref="In"/> gives one for another.</summary>
    public PlaygroundClient Playground { get; }

    public static async Task<PlaygroundHost> StartAsync(
        DatabaseProvider provider, string purpose, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider, purpose);
        try
        {
            return new PlaygroundHost(database, new CollabBotApp(database, settings: settings, services: services));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public PlaygroundClient In(string conversationId) => new(App.Http(), conversationId);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
