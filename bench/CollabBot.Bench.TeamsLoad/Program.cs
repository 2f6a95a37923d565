using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Tests.Fakes;

namespace CollabBot.Bench.TeamsLoad;

// Drives POST /api/messages of the real host over loopback: three rounds of 10 s back to back, 16 connections
// (arguments: connections seconds type rounds chats), each request a Teams message with a freshly signed channel
// token and a new activity id, each reply delivered to the fake Bot Connector. Per round it prints what was
// accepted (requests/s, p50, p99, non-2xx) and what the team feels: the round's replies delivered, how long after
// the round they all arrived, and end to end = replies / (run + drain). The next round starts once the last one's
// replies are all in. The messages come from 4,096 personal chats in 256 tenants: Teams lets a bot send 50
// messages a second per tenant and about 2 a second per conversation over 30 s (PROTOCOLS.md), so thousands of
// replies a second exist only across many tenants and conversations (the host's client keeps to those limits).
internal static class TeamsLoad
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(120);

    /// <summary>The host's own counters (its /metrics): Teams turns handled and Teams replies sent so far.</summary>
    private static async Task<(long Turns, long Sent)> StagesAsync(HttpClient http)
    {
        var metrics = await http.GetStringAsync("/metrics");
        long Sum(string pattern) => Regex.Matches(metrics, pattern, RegexOptions.Multiline).Sum(m => (long)double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return (Sum("^collabbot_turns_total\\{[^}]*platform=\"Teams\"[^}]*repeat=\"[Ff]alse\"[^}]*\\} (\\S+)"),
            Sum("^collabbot_outbox_deliveries_total\\{[^}]*outcome=\"sent\"[^}]*platform=\"Teams\"[^}]*\\} (\\S+)"));
    }

    public static async Task Main(string[] args)
    {
        var connections = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 16;
        var duration = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10);

        // "message" (default) runs the whole turn; "typing" is authenticated and acknowledged only, which isolates the endpoint's own cost.
        var activityType = args.Length > 2 ? args[2] : "message";
        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        var chats = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 4096;
        var tenants = Math.Max(1, chats / 16);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var next = 0;

        // WebApplicationFactory looks for the host's content root next to a test project; point it at the host.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CollabBot.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COLLABBOT_HOST", Path.Combine(root!.FullName, "src", "CollabBot.Host"));
        using var key = new SigningKey("bench-key", "msteams");
        await using var fakes = await FakeBotFramework.StartAsync(key);
        var appId = Guid.NewGuid().ToString();
        await using var host = new TeamsHost(fakes, appId, extra: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CollabBot"] = "Error",
            ["ConnectionStrings:Postgres"] = Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES") ?? "",
        });
        host.StartServer();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = host.ClientOptions.BaseAddress };

        // Tokens are signed once per connection at start (a real Connector reuses one token for many requests too).
        var tokens = Enumerable.Range(0, connections)
            .Select(_ => ChannelTokens.Create(key, appId, fakes.ServiceUrl, DateTimeOffset.UtcNow)).ToArray();

        string ChatOf(int c) => $"a:bench-{runId}-{c}";

        // One message from the user of chat c; true when the host answered 2xx. Latency: how long the answer took.
        async Task<(double Latency, bool Ok)> SendAsync(int worker, int c, string id)
        {
            // One user per chat: "only you" replies go to the member's latest 1:1 chat.
            var user = $"29:bench-user-{runId}-{c}";
            var tenant = $"00000000-0000-0000-0000-{c % tenants:D12}";
            var activity = new JsonObject
            {
                ["type"] = activityType,
                ["id"] = id,
                ["channelId"] = "msteams",
                ["serviceUrl"] = fakes.ServiceUrl,
                ["text"] = "status",
                ["from"] = new JsonObject { ["id"] = user, ["name"] = $"Bench {c}" },
                ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "CollabBot" },
                ["conversation"] = new JsonObject { ["id"] = ChatOf(c), ["conversationType"] = "personal", ["tenantId"] = tenant },
                ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[worker % tokens.Length]);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.IsSuccessStatusCode);
        }

        async Task<(List<double> Latencies, int Failures)> RunAsync(int worker, DateTime until, string label = "run")
        {
            var latencies = new List<double>(50_000);
            var failures = 0;
            for (var n = 0; DateTime.UtcNow < until; n++)
            {
                var (latency, ok) = await SendAsync(worker, Interlocked.Increment(ref next) % chats, $"{label}-{worker}-{n}-{Guid.NewGuid():N}");
                latencies.Add(latency);
                failures += ok ? 0 : 1;
            }

            return (latencies, failures);
        }

        // Replies carry no trace of the activity they answer, so count them per run: what arrives beyond the warm-up's.
        // The fake only appends, so each request's body is checked once: checking all 80,000 again every 250 ms took CPU
        // from the host while it drained.
        var scanned = 0;
        var replies = 0;
        int AllReplies()
        {
            var requests = fakes.Requests;
            for (; scanned < requests.Count; scanned++)
            {
                var r = requests[scanned];
                if (r.Body?["attachments"] is not null && r.ConversationId?.StartsWith($"a:bench-{runId}-", StringComparison.Ordinal) == true)
                {
                    replies++;
                }
            }

            return replies;
        }

        // Warm-up, in two rounds: the JIT, the metadata fetch, the app token, the database, the first contact of many of
        // the chats. Each round waits for its replies (the measured run starts with an empty outbox). The second round
        // runs the accept path again after the first round's drain, so that its tier-1 code is in place: with one round,
        // a build that drained faster started its measured run with more of the JIT's work still to do (perf: 10 % of
        // the samples in the JIT against 7.5 %) and accepted fewer requests a second for it.
        var warmSent = 0;
        for (var round = 1; round <= 2; round++)
        {
            var warmUntil = DateTime.UtcNow.AddSeconds(4);
            var label = $"warm{round}";
            var warm = await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => RunAsync(w, warmUntil, label))));
            warmSent += warm.Sum(r => r.Latencies.Count);
            var settle = Stopwatch.StartNew();
            while (AllReplies() < warmSent && settle.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(250);
            }
        }

        if (Environment.GetEnvironmentVariable("RATE") is { Length: > 0 } rateText)
        {
            // Steady state: a fixed rate for the whole run instead of rounds as fast as the connections go.
            var steady = new SteadyRound(double.Parse(rateText, CultureInfo.InvariantCulture), duration, chats, SendAsync, () => fakes.Requests, ChatOf);
            await steady.RunAsync();
            return;
        }

        var warmReplies = AllReplies();
        var expectedTotal = activityType == "message" ? warmSent : 0;
        Console.WriteLine($"activity: {activityType}, connections: {connections}, rounds: {rounds} of {duration.TotalSeconds:F0} s back to back, " +
            $"{chats} personal chats in {tenants} tenants, storage: {(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES")) ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine("round | accepted | accepted/s | p50 ms | p99 ms | non-2xx | replies | drained after | end to end/s | host CPU µs a reply");
        for (var round = 1; round <= rounds; round++)
        {
            // Every round's activity ids are new ("r2-…"): a repeated id is rightly dropped as a retry.
            var before = AllReplies();
            var atStart = await StagesAsync(http);
            var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            // For profilers: a measured round starts now.
            Console.Error.WriteLine($"round {round} starts (process {Environment.ProcessId})");
            var clock = Stopwatch.StartNew();
            var until = DateTime.UtcNow + duration;
            var label = $"r{round}";
            var results = await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => RunAsync(w, until, label))));
            var elapsed = clock.Elapsed;
            var all = results.SelectMany(r => r.Latencies).Order().ToArray();
            var accepted = all.Length;
            expectedTotal += activityType == "message" ? accepted : 0;

            // The round ends when every one of its replies reached the fake Connector (the next round starts only then,
            // so what arrives from here on answers this round). Progress once a second on stderr.
            var drain = Stopwatch.StartNew();
            var expected = activityType == "message" ? accepted : 0;
            int Replies() => AllReplies() - before;
            var lastProgress = TimeSpan.Zero;
            while (Replies() < expected && drain.Elapsed < DrainLimit)
            {
                await Task.Delay(100);
                if (drain.Elapsed - lastProgress >= TimeSpan.FromSeconds(1))
                {
                    lastProgress = drain.Elapsed;
                    var stages = await StagesAsync(http);
                    Console.Error.WriteLine($"round {round}, draining {drain.Elapsed.TotalSeconds:F0} s: {stages.Turns - atStart.Turns} turns handled, {stages.Sent - atStart.Sent} replies sent, {Replies()} of {expected} received");
                }
            }

            var drained = drain.Elapsed.TotalSeconds;
            var roundReplies = Replies();
            var atEnd = await StagesAsync(http);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
            double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
            var complete = roundReplies >= expected ? "" : $" (only {roundReplies} of {expected} within {DrainLimit.TotalSeconds:F0} s)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round} | {accepted} | {accepted / elapsed.TotalSeconds:F0} | {Percentile(0.50):F2} | {Percentile(0.99):F2} | {results.Sum(r => r.Failures)} | " +
                $"{roundReplies}{complete} | {drained:F1} s | {roundReplies / (elapsed.TotalSeconds + drained):F0} | {cpu.TotalMilliseconds * 1000 / Math.Max(1, atEnd.Sent - atStart.Sent):F0}"));
        }

        // Nothing lost and nothing repeated over the whole run, warm-up included: one reply per accepted message.
        var last = Stopwatch.StartNew();
        while (AllReplies() < expectedTotal && last.Elapsed < DrainLimit)
        {
            await Task.Delay(250);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = AllReplies();
        Console.WriteLine($"replies over the whole run: {received} for {expectedTotal} accepted messages: {Math.Max(0, expectedTotal - received)} lost, {Math.Max(0, received - expectedTotal)} repeated");
    }
}
