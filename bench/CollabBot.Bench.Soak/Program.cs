using System.Diagnostics;
using System.Globalization;
using CollabBot.Testing.Fakes;
using CollabBot.Testing.Signing;
using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Bench.Soak;

// Soak: the real host (its own process, SQLite by default, PostgreSQL with COLLABBOT_BENCH_POSTGRES) takes a steady,
// bounded mix of signed Slack events, slash commands and Teams messages over loopback for N minutes; the fakes answer
// as Slack and the Bot Connector do. Prints the host's memory (RSS, GC heap) at start, every minute and at the end,
// with requests sent, non-2xx answers, turns handled and replies received.
//   dotnet run -c Release --project bench/CollabBot.Bench.Soak -- [minutes=10] [requests per second=20]
internal static class Soak
{
    private const string Secret = "soak-signing-secret-generated-per-run";
    private const string BotToken = "test-token-soak-workspace";
    private const int Channels = 20;

    public static async Task Main(string[] args)
    {
        var minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var postgres = Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES") ?? "";
        var database = Path.Combine(Path.GetTempPath(), $"collabbot-soak-{Guid.NewGuid():N}.db");

        await using var slack = await FakeSlackApi.StartAsync();
        slack.AcceptToken(BotToken);
        foreach (var method in new[] { "chat.postMessage", "chat.postEphemeral", "conversations.open", "views.publish" })
        {
            slack.Limits.Set(method, 100_000, TimeSpan.FromSeconds(1), perChannel: false);
        }

        using var key = new SigningKey("soak-key", "msteams");
        await using var teams = await FakeBotFramework.StartAsync(key);
        // The soak measures the bot alone, as it always did: the Connector answers every reply at once.
        teams.KeepsLimits = false;
        var appId = Guid.NewGuid().ToString();
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["Persistence:SqlitePath"] = database,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:ChannelPostInterval"] = "00:00:00",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = Guid.NewGuid().ToString("N"),
            ["ToBotFromChannelOpenIdMetadataUrl"] = teams.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = teams.LoginUrl,
            ["Teams:AllowedServiceUrls:0"] = teams.ServiceUrl,
        });
        using var http = host.Http();
        var token = ChannelTokens.Create(key, appId, teams.ServiceUrl, DateTimeOffset.UtcNow, lifetime: TimeSpan.FromMinutes(minutes + 30));

        // One collaboration per Slack channel, so "status" has something to show.
        for (var c = 0; c < Channels; c++)
        {
            using var started = await http.SendAsync(SlackWire.Command(Secret, $"CSOAK{c:D2}", "USOAK000", $"start Soak {c}"));
        }

        var counters = new Counters();
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromMinutes(minutes);
        Report(host, clock, counters, slack, teams, await ScrapeAsync(http), "start");
        using var inFlight = new SemaphoreSlim(64);
        using var tick = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / rate));
        var nextReport = TimeSpan.FromMinutes(1);
        var pending = new List<Task>();
        for (long n = 0; clock.Elapsed < duration && await tick.WaitForNextTickAsync(); n++)
        {
            if (!await inFlight.WaitAsync(0))
            {
                counters.Skipped++;
            }
            else
            {
                pending.Add(SendAsync(http, n, teams.ServiceUrl, appId, token, counters, inFlight));
            }

            if (clock.Elapsed >= nextReport)
            {
                pending.RemoveAll(t => t.IsCompleted);
                Report(host, clock, counters, slack, teams, await ScrapeAsync(http), $"minute {nextReport.TotalMinutes:0}");
                nextReport += TimeSpan.FromMinutes(1);
            }
        }

        await Task.WhenAll(pending);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Report(host, clock, counters, slack, teams, await ScrapeAsync(http), "end");
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task SendAsync(HttpClient http, long n, string serviceUrl, string appId, string token, Counters counters, SemaphoreSlim inFlight)
    {
        try
        {
            var channel = $"CSOAK{n % Channels:D2}";
            var user = $"USOAK{n % 500:D3}";
            using var request = (n % 4) switch
            {
                0 => SlackWire.Event(Secret, SlackWire.Mention(channel, user, "status", $"Ev{n:D12}")),
                1 => SlackWire.Command(Secret, channel, user, n % 8 == 1 ? "help" : "phase"),
                _ => TeamsWire.Post(token, TeamsWire.Message(serviceUrl, appId, $"a:soak-chat-{n % 200}", $"29:soak-user-{n % 200:D4}", n % 3 == 0 ? "help" : "status")),
            };
            using var response = await http.SendAsync(request);
            Interlocked.Increment(ref counters.Sent);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref counters.Failed);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref counters.Failed);
        }
        finally
        {
            inFlight.Release();
        }
    }

    private static async Task<string> ScrapeAsync(HttpClient http)
    {
        try
        {
            return await http.GetStringAsync("/metrics");
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    private static void Report(HostProcess host, Stopwatch clock, Counters counters, FakeSlackApi slack, FakeBotFramework teams, string metrics, string label)
    {
        var rss = Rss(host.Id);
        var heap = Sum(metrics, "dotnet_gc_last_collection_heap_size_bytes");
        var turns = Sum(metrics, "collabbot_turns_total");
        var slackReplies = slack.Calls.Count(c => c.Succeeded);
        var teamsReplies = teams.Requests.Count(r => r.Path.EndsWith("/activities", StringComparison.Ordinal));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-10} t={clock.Elapsed.TotalSeconds,6:F0}s rss={rss / 1048576.0,7:F1}MB gc_heap={heap / 1048576.0,7:F1}MB requests={counters.Sent} non2xx={counters.Failed} skipped={counters.Skipped} turns={turns:F0} slack_calls_ok={slackReplies} teams_activities={teamsReplies}"));
    }

    private static double Sum(string metrics, string name) => metrics.Split('\n')
        .Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is '{' or ' '))
        .Sum(l => double.TryParse(l[(l.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0);

    private static long Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private sealed class Counters
    {
        public long Sent;
        public long Failed;
        public long Skipped;
    }
}
