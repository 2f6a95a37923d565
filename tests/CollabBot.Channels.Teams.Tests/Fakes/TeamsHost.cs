using CollabBot.Testing;
using CollabBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>
/// The real CollabBot host (Program.cs) on real Kestrel, with a fresh SQLite file, its Teams settings pointed at
/// the local fakes exactly as a sovereign cloud would point them elsewhere.
/// </summary>
public sealed class TeamsHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"collabbot-teams-{Guid.NewGuid():N}.db");

    public TeamsHost(FakeBotFramework? fakes, string appId, string environment = "Production", IDictionary<string, string?>? extra = null)
    {
        _environment = environment;
        AppId = appId;
        _settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            // Generated per run; never a real secret.
            ["MicrosoftAppPassword"] = appId.Length == 0 ? "" : Guid.NewGuid().ToString("N"),
            ["ToBotFromChannelOpenIdMetadataUrl"] = fakes?.MetadataUrl ?? "https://login.botframework.com/v1/.well-known/openidconfiguration",
            ["ToChannelFromBotLoginUrl"] = fakes?.LoginUrl,
            ["Persistence:SqlitePath"] = _database,
            ["Playground:Enabled"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Scheduling:RunServer"] = "false",
        };
        if (fakes is not null)
        {
            // Without an app id the adapter runs anonymously, as against the Bot Framework Emulator, whose Connector takes that.
            fakes.AcceptsAnonymous = appId.Length == 0;
            // The fake Bot Connector is on loopback: allowed as an operator would allow a sovereign cloud's host.
            _settings["Teams:AllowedServiceUrls:0"] = fakes.ServiceUrl;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string AppId { get; }

    /// <summary>Every line the host logged, to check what is (and is never) written.</summary>
    public IReadOnlyList<string> Logs => _logs.Lines;

    private readonly CapturedLogs _logs = new();

    public Uri MessagesUri => new(ClientOptions.BaseAddress, "/api/messages");

    public T Service<T>()
        where T : notnull => (T)Services.GetService(typeof(T))!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(_logs));

        // UseSetting, not ConfigureAppConfiguration: Program reads some settings while registering services.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
