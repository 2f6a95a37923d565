using CollabBot.Channels.Slack.Tests.Fakes;
using CollabBot.Conversations;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>
/// The Slack adapter alone on a real Kestrel socket (127.0.0.1, any free port): AddSlackChannel and
/// MapSlack as the host calls them, with the inbox and state ports in memory and the clock pinned.
/// </summary>
public sealed class SlackAdapterHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-made-at-test-time";

    private readonly WebApplication _app;

    private SlackAdapterHost(WebApplication app, FakeTimeProvider clock, InMemoryTurnInbox inbox, InMemoryChannelStateStore state)
    {
        _app = app;
        Clock = clock;
        Inbox = inbox;
        State = state;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryTurnInbox Inbox { get; }

    public InMemoryChannelStateStore State { get; }

    public IServiceProvider Services => _app.Services;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The adapter enabled, talking to <paramref name="slack"/>, plus any further settings.</summary>
    public static Task<SlackAdapterHost> StartAsync(FakeSlackApi slack, IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings)
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
        };
        return StartAsync(all);
    }

    public static async Task<SlackAdapterHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("SLACK_TEST_LOG") == "1") { builder.Logging.AddConsole(); }
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?> { ["Slack:SigningSecret"] = Secret });
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_772_518_400));
        var state = new InMemoryChannelStateStore();
        var inbox = new InMemoryTurnInbox();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<ITurnInbox>(inbox);
        builder.Services.AddSingleton<IChannelStateStore>(state);
        builder.Services.AddSingleton(_ => new IngressPressure());
        builder.Services.AddSingleton<TurnInboxSignal>();
        builder.Services.AddSingleton<IFileContents, InMemoryFileContents>();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddSlackChannel(builder.Configuration);
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new SlackAdapterHost(app, clock, inbox, state);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
