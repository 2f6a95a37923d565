using CollabBot.Channels.Slack.Delivery;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>The adapter's services as AddSlackChannel registers them, talking real HTTP to a fake Slack.</summary>
public sealed class SlackSenderRig : IAsyncDisposable
{
    public const string BotToken = "test-token-single-workspace";

    private readonly ServiceProvider _services;
    private long _nextId;

    private SlackSenderRig(FakeSlackApi slack, ServiceProvider services, InMemoryChannelStateStore state, CapturedLogs logs)
    {
        Logs = logs;
        Slack = slack;
        _services = services;
        State = state;
    }

    public FakeSlackApi Slack { get; }

    public CapturedLogs Logs { get; }

    public InMemoryChannelStateStore State { get; }

    public SlackChannelSender Sender => _services.GetRequiredService<SlackChannelSender>();

    public SlackInstallationStore Installations => _services.GetRequiredService<SlackInstallationStore>();

    public IServiceProvider Services => _services;

    public static async Task<SlackSenderRig> StartAsync(bool singleWorkspaceToken = true, TimeSpan? channelInterval = null)
    {
        var slack = await FakeSlackApi.StartAsync();
        slack.AcceptToken(BotToken);
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackAdapterHost.Secret,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = singleWorkspaceToken ? BotToken : null,
            ["Slack:ResponseUrlPrefix"] = slack.HooksUrl.ToString(),
            ["Slack:ChannelPostInterval"] = (channelInterval ?? TimeSpan.FromSeconds(1)).ToString(),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var state = new InMemoryChannelStateStore();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IChannelStateStore>(state)
            .AddSingleton<IFileContents, InMemoryFileContents>();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSlackChannel(configuration);
        return new SlackSenderRig(slack, services.BuildServiceProvider(), state, logs);
    }

    public PendingMessage Message(string channel, string text, Visibility visibility = Visibility.Channel, string? recipient = null, Card? card = null, string team = "T00FAKE00AA", int attempt = 1) =>
        Message(channel, text, visibility, recipient, card, team, attempt, updates: null, originalTs: null);

    public PendingMessage Update(string channel, string text, string? originalTs, Card? card = null) =>
        Message(channel, text, Visibility.Channel, null, card, "T00FAKE00AA", 1, updates: 1, originalTs);

    private PendingMessage Message(string channel, string text, Visibility visibility, string? recipient, Card? card, string team, int attempt, long? updates, string? originalTs) =>
        new(Interlocked.Increment(ref _nextId), new OutboxEntry
        {
            To = new ConversationAddress(Platform.Slack, team, channel),
            Visibility = visibility,
            RecipientUserId = recipient,
            Message = new OutboundMessage(text, card),
            IdempotencyKey = $"test:{_nextId}",
            UpdatesMessageId = updates,
        }, attempt, originalTs);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
