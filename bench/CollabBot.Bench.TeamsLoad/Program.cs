using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Testing.Fakes;
using CollabBot.Testing.Signing;

namespace CollabBot.Bench.TeamsLoad;

// Drives POST /api/messages of the real host over loopback: 16 connections for 10 s (override with
// arguments: connections seconds), each request a Teams message with a freshly signed channel token,
// each reply delivered to the fake Bot Connector. Prints requests/s, p50, p99, non-2xx and replies received.
// The messages come from 2,048 personal chats in 128 tenants: Teams lets a bot send 50 messages a second per
// tenant and about 2 a second per conversation over 30 s (PROTOCOLS.md), so thousands of replies a second exist
// only across many tenants and conversations (the host's client keeps to those limits).
internal static class TeamsLoad
{
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
        const int Chats = 2048;
        const int Tenants = 128;
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
        // The load run measures the bot alone, as it always did: the Connector answers every reply at once.
        fakes.KeepsLimits = false;
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

        async Task<(List<double> Latencies, int Failures)> RunAsync(int worker, DateTime until, string label = "run")
        {
            var latencies = new List<double>(50_000);
            var failures = 0;
            for (var n = 0; DateTime.UtcNow < until; n++)
            {
                // One user per chat and phase: "only you" replies go to the member's latest 1:1 chat.
                var c = Interlocked.Increment(ref next) % Chats;
                var chat = $"a:bench-{runId}-{c}";
                var user = $"29:bench-user-{runId}-{c}";
                var tenant = $"00000000-0000-0000-0000-{c % Tenants:D12}";
                var activity = new JsonObject
                {
                    ["type"] = activityType,
                    ["id"] = $"{label}-{worker}-{n}-{Guid.NewGuid():N}",
                    ["channelId"] = "msteams",
                    ["serviceUrl"] = fakes.ServiceUrl,
                    ["text"] = "status",
                    ["from"] = new JsonObject { ["id"] = user, ["name"] = $"Bench {c}" },
                    ["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "CollabBot" },
                    ["conversation"] = new JsonObject { ["id"] = chat, ["conversationType"] = "personal", ["tenantId"] = tenant },
                    ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
                };
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
                {
                    Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[worker]);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    failures++;
                }
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

        var warmReplies = AllReplies();
        var warmStages = await StagesAsync(http);
        // For profilers: the measured run starts now.
        Console.Error.WriteLine($"measured run starts (process {Environment.ProcessId})");
        var clock = Stopwatch.StartNew();
        var until = DateTime.UtcNow + duration;
        var results = await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(() => RunAsync(w, until))));
        var elapsed = clock.Elapsed;
        var atRunEnd = await StagesAsync(http);
        // CPU time over the drain, per reply: a steadier measure of the work a turn costs than a rate on a shared machine.
        var cpuAtRunEnd = Process.GetCurrentProcess().TotalProcessorTime;
        var all = results.SelectMany(r => r.Latencies).Order().ToArray();
        var sent = all.Length;

        // Replies go through the durable inbox and the outbox; give them up to 60 s to drain.
        var drain = Stopwatch.StartNew();
        int Replies() => AllReplies() - warmReplies;
        var expected = activityType == "message" ? sent : 0;
        // Progress once a second (stderr): whether the turns or the deliveries hold the replies back.
        var lastProgress = TimeSpan.Zero;
        while (Replies() < expected && drain.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(250);
            if (drain.Elapsed - lastProgress >= TimeSpan.FromSeconds(1))
            {
                lastProgress = drain.Elapsed;
                var stages = await StagesAsync(http);
                Console.Error.WriteLine($"draining {drain.Elapsed.TotalSeconds:F0} s: {stages.Turns - atRunEnd.Turns} turns handled, {stages.Sent - atRunEnd.Sent} replies sent, {Replies()} of {expected} received");
            }
        }

        var atDrainEnd = await StagesAsync(http);
        var drainCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtRunEnd;
        var drained = drain.Elapsed.TotalSeconds;

        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        Console.WriteLine($"activity: {activityType}, connections: {connections}, duration: {elapsed.TotalSeconds:F1} s, storage: {(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES")) ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine($"requests: {sent}, requests/s: {sent / elapsed.TotalSeconds:F0}");
        Console.WriteLine($"latency p50: {Percentile(0.50):F2} ms, p99: {Percentile(0.99):F2} ms, max: {(all.Length == 0 ? 0 : all[^1]):F2} ms");
        Console.WriteLine($"non-2xx: {results.Sum(r => r.Failures)}");
        Console.WriteLine($"replies received by the fake Connector: {Replies()} of {sent} (drained {drained:F1} s after the run)");

        // Where the replies wait: turns handled and replies sent by the host, during the run and during the drain.
        Console.WriteLine($"host during the run: {atRunEnd.Turns - warmStages.Turns} turns handled, {atRunEnd.Sent - warmStages.Sent} replies sent");
        Console.WriteLine($"host during the drain: {atDrainEnd.Turns - atRunEnd.Turns} turns handled ({(atDrainEnd.Turns - atRunEnd.Turns) / drained:F0}/s), " +
            $"{atDrainEnd.Sent - atRunEnd.Sent} replies sent ({(atDrainEnd.Sent - atRunEnd.Sent) / drained:F0}/s)");
        Console.WriteLine($"process CPU during the drain: {drainCpu.TotalMilliseconds * 1000 / Math.Max(1, atDrainEnd.Sent - atRunEnd.Sent):F0} µs a reply sent");
    }
}
