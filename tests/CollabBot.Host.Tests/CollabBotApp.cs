using CollabBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CollabBot.Host.Tests;

/// <summary>The real host on Kestrel at 127.0.0.1 on a free port, on a database the test owns.</summary>
public sealed class CollabBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    private readonly CapturedLogs _logs = new();

    public CollabBotApp(
        TestDatabase database, string environment = "Development", IDictionary<string, string?>? settings = null, bool start = true,
        Action<IServiceCollection>? services = null)
    {
        _environment = environment;
        _services = services;
        _settings = new Dictionary<string, string?>(database.HostSettings())
        {
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Scheduling:WorkerCount"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        if (start)
        {
            StartServer();
        }
    }

    /// <summary>Every line the host logged so far.</summary>
    public IReadOnlyList<string> Logs => _logs.Lines;

    /// <summary>A client for the real loopback address.</summary>
    public HttpClient Http() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
