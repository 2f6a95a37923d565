using CollabBot.Channels.Slack.Tests.Fakes;
using CollabBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// The real CollabBot host (Program) on Kestrel at 127.0.0.1, on a database the test owns, with the
/// Slack adapter configured against a fake Slack Web API.
/// </summary>
public sealed class SlackHostApp : WebApplicationFactory<Program>
{
    public const string Secret = "host-test-signing-secret";
    public const string BotToken = "test-token-host-single-workspace";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Changes to the host's services, made after the host's own (a decorator, a slower store).</param>
    public SlackHostApp(TestDatabase database, FakeSlackApi slack, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        slack.AcceptToken(BotToken);
        _settings = new Dictionary<string, string?>(database.HostSettings())
        {
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Scheduling:WorkerCount"] = "1",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:ResponseUrlPrefix"] = slack.HooksUrl.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
        StartServer();
    }

    /// <summary>A plain client for the real loopback address: no redirects followed, no cookies kept (tests pass them).</summary>
    public HttpClient Http() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
