using CollabBot.Channels.Playground;
using CollabBot.Channels.Slack;
using CollabBot.Channels.Teams;
using CollabBot.Conversations;
using CollabBot.Host;
using CollabBot.Host.Digests;
using CollabBot.Host.Files;
using CollabBot.Host.Legal;
using CollabBot.Host.KeyRing;
using CollabBot.Host.Logging;
using CollabBot.Persistence;
using CollabBot.Scheduling;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

// A setting an operator got wrong stops the host with one line that names it, exit code 1 and no stack trace (a test host
// started in-process gets the exception itself). Any other failure keeps its stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    if (e.ExceptionObject is Exception ex && SettingsErrors.Describe(ex) is { } problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"CollabBot did not start. {problem}");
        }

        Environment.Exit(1);
    }
};

// Settings files are read once, not watched: watching the content root for them also wakes the host on every write to
// the SQLite file, which lives there by default. A later argument can turn it back on.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.Configuration.AddPlatformEnvironmentNames();
builder.TuneRuntime();

// No log line carries a signed link's token, an OAuth code or state, or a platform token.
builder.Services.AddLogRedaction();

// A turn flows in through a channel adapter, through the conversation layer, into storage and the outbox.
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UseCollabDefaults());
builder.Services.AddConversations(builder.Configuration);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddBacklogReadiness();
builder.Services.AddKeyRingProtection(builder.Configuration, builder.Environment);
builder.Services.AddPublicAddress(builder.Configuration);
builder.Services.AddScheduling(builder.Configuration, builder.Configuration.PostgresConnectionString());
builder.Services.AddDigestImages();
builder.Services.AddSignedFiles();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(CollabMetrics.MeterName, "System.Runtime").AddPrometheusExporter());

// Channel adapters
builder.Services.AddPlaygroundChannel(builder.Configuration, builder.Environment);
builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
builder.Services.AddSlackChannel(builder.Configuration);
builder.Services.AddHostedService<ChannelsReport>();

var app = builder.Build();

// Every setting is checked before anything starts: a bad one stops the host with one line that names it.
app.Services.GetService<IStartupValidator>()?.Validate();
await app.Services.MigrateDatabaseAsync();
await app.Services.EncryptStoredKeysAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapLegalPages();
SignedImages.Map(app);
SignedFiles.Map(app);
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapSchedulingDashboard();
app.MapOutboxOperations();

// Channel endpoints
app.MapTeams();
app.MapSlack();
if (app.Configuration.IsPlaygroundEnabled(app.Environment))
{
    app.UseLocalOnlyPlayground();
    app.MapPlayground();
}

app.MapGet("/", () => Results.Redirect(app.Configuration.IsPlaygroundEnabled(app.Environment) ? "/playground" : "/healthz")).ExcludeFromDescription();
app.Run();

/// <summary>Entry point, visible to the host tests' WebApplicationFactory.</summary>
public partial class Program;
