using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>
/// One PostgreSQL database and one fake Slack shared by every host a test starts, and the settings that point a
/// host at them. Leases are short so a killed host's claims come free within seconds.
/// </summary>
public sealed class SlackRig : IAsyncDisposable
{
    public const string Secret = "ops-test-signing-secret";
    public const string BotToken = "test-token-ops-workspace";

    private readonly List<HostProcess> _hosts = [];

    private readonly bool _ownsDatabase;

    private int _probes;

    private SlackRig(string database, FakeSlackApi slack, bool ownsDatabase)
    {
        Database = database;
        Slack = slack;
        _ownsDatabase = ownsDatabase;
    }

    public string Database { get; }

    public FakeSlackApi Slack { get; }

    /// <summary>On a new database of the test server, or on <paramref name="database"/> (which the rig then leaves alone when disposed).</summary>
    public static async Task<SlackRig> StartAsync(string purpose, string? database = null)
    {
        var owned = database is null;
        database ??= await PostgresServer.CreateDatabaseAsync(purpose);
        var slack = await FakeSlackApi.StartAsync();
        slack.AcceptToken(BotToken);
        slack.Limits.Set("chat.postMessage", 100_000, TimeSpan.FromSeconds(1), perChannel: true);
        slack.Limits.Set("chat.postEphemeral", 100_000, TimeSpan.FromSeconds(1), perChannel: false);
        slack.Limits.Set("conversations.open", 100_000, TimeSpan.FromSeconds(1), perChannel: false);
        return new SlackRig(database, slack, owned);
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:Postgres"] = Database,
        ["Slack:SigningSecret"] = Secret,
        ["Slack:BotToken"] = BotToken,
        ["Slack:ApiBaseUrl"] = Slack.BaseUrl.ToString(),
        ["Slack:ChannelPostInterval"] = "00:00:00",
        ["Outbox:PollInterval"] = "00:00:00.050",
        ["Outbox:Lease"] = "00:00:05",
        ["Conversations:InboxLease"] = "00:00:05",
        ["Scheduling:WorkerCount"] = "4",
        // A convener told of several fading members at once, and the ephemeral answers to a whole team joining (issue 23:
        // acknowledgements go to the caller only), are not what these tests are about.
        ["CheckIns:MaxUnsolicitedPerDay"] = "10",
        ["CheckIns:MaxUnsolicitedPerWeek"] = "10",
        ["Slack:Tier4PerMinute"] = "10000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:CollabBot"] = "Information",
    };

    public async Task<HostProcess> StartHostAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = await HostProcess.StartAsync(settings);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Sends a slash command and insists on Slack's 200.</summary>
    public static async Task CommandAsync(HttpClient http, string channel, string user, string text)
    {
        using var response = await http.SendAsync(SlackWire.Command(Secret, channel, user, text));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/collab {text} answered {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// The positive marker that a host has finished what it was sending: a mention it handles is answered. A host runs
    /// one delivery round per platform at a time, and a turn's replies are leased to the host that handled it, so the
    /// answer arriving proves that every round the host had started before has ended, and a late duplicate would show.
    /// </summary>
    public async Task RoundTripAsync(HostProcess host)
    {
        var channel = $"CPROBE{Interlocked.Increment(ref _probes)}";
        using var http = host.Http();
        using var response = await http.SendAsync(SlackWire.Event(Secret, SlackWire.Mention(channel, "UPROBE", "help", $"EvPROBE{Guid.NewGuid():N}")));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the probe mention answered {(int)response.StatusCode}");
        }

        await Eventually.UntilAsync(() => Slack.Calls.Any(c => c.Succeeded && c.Channel == channel), TimeSpan.FromSeconds(30),
            () => $"host {host.Id} to answer the probe in {channel}\n{OutputTail()}");
    }

    public IReadOnlyList<FakeSlackCall> Posts(string channel) =>
        [.. Slack.CallsTo("chat.postMessage").Where(c => c.Succeeded && c.Channel == channel)];

    public string Output() => string.Join('\n', _hosts.SelectMany(h => h.Output));

    public string OutputTail(int characters = 4000) => Output() is { } all && all.Length > characters ? all[^characters..] : Output();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            try
            {
                await host.DisposeAsync();
            }
            catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
            {
                // Keep going: every other host must still be stopped.
            }
        }

        await Slack.DisposeAsync();
        if (_ownsDatabase)
        {
            await PostgresServer.DropDatabaseAsync(Database);
        }
    }
}
