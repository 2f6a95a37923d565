using CollabBot.Channels.Playground;
using CollabBot.Channels.Slack;
using CollabBot.Channels.Teams;
using CollabBot.Conversations;
using CollabBot.Host;
using CollabBot.Host.Digests;
using CollabBot.Host.Files;
using OpenTelemetry.Metrics;
using CollabBot.Persistence;
using CollabBot.Scheduling;

// Settings files are read once, not watched: watching the content root for them also wakes the host on every write to
// the SQLite file, which lives there by default. A later argument can turn it back on.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.Configuration.AddPlatformEnvironmentNames();
builder.TuneRuntime();

// A turn flows in through a channel adapter, through the conversation layer, into storage and the outbox.
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UseCollabDefaults());
builder.Services.AddConversations(builder.Configuration);
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddScheduling(builder.Configuration, builder.Configuration.PostgresConnectionString());
builder.Services.AddDigestImages();
builder.Services.AddSignedFiles();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(CollabMetrics.MeterName, "System.Runtime").AddPrometheusExporter());

// Channel adapters
builder.Services.AddPlaygroundChannel(builder.Configuration, builder.Environment);
builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
builder.Services.AddSlackChannel(builder.Configuration);

var app = builder.Build();
await app.Services.MigrateDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
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
    app.MapPlayground();
}

app.MapGet("/", () => Results.Redirect(app.Configuration.IsPlaygroundEnabled(app.Environment) ? "/playground" : "/healthz")).ExcludeFromDescription();
app.Run();

/// <summary>Entry point, visible to the host tests' WebApplicationFactory.</summary>
public partial class Program;
