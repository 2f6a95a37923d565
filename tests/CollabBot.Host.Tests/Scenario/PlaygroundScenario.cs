using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// The base of a test class whose every test runs on a <see cref="PlaygroundHost"/> of its own: the host is started
/// before each test (then <see cref="GivenAsync"/> sets the scene) and stopped after it. Derived classes still name
/// their collection (<c>[Collection(HostCollection.Name)]</c>): xunit does not inherit it.
/// </summary>
public abstract class PlaygroundScenario(DatabaseProvider provider, string purpose) : IAsyncLifetime
{
    private PlaygroundHost _host = null!;

    protected TestDatabase Database => _host.Database;

    protected CollabBotApp App => _host.App;

    /// <summary>The client for the "innovation-lab" conversation.</summary>
    protected PlaygroundClient Playground => _host.Playground;

    /// <summary>Host settings this class needs besides the defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        _host = await PlaygroundHost.StartAsync(provider, purpose, Settings, ConfigureServices);
        await GivenAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Services this class adds to the host (a command that fails on purpose...).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>What every test of the class starts from: a collaboration, its members...; nothing unless overridden.</summary>
    protected virtual Task GivenAsync() => Task.CompletedTask;

    /// <summary>A client for another Playground conversation.</summary>
    protected PlaygroundClient In(string conversationId) => _host.In(conversationId);
}
