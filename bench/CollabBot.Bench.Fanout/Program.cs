using System.Diagnostics;
using System.Globalization;
using CollabBot.Delivery.Tests.Fakes;
using CollabBot.Testing.Fakes;
using Npgsql;

namespace CollabBot.Bench.Fanout;

/// <summary>
/// dotnet run -c Release --project bench/CollabBot.Bench.Fanout -- "&lt;PostgreSQL admin connection string&gt;" [runs=3] [scenarios=abc]
/// </summary>
internal static class FanoutBench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: CollabBot.Bench.Fanout \"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\" [runs] [abc]");
            return 2;
        }

        var admin = args[0];
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var chosen = args.Length > 2 ? args[2] : "abc";
        var scenarios = new (char Key, FanoutScenario Scenario)[]
        {
            ('a', FanoutScenario.SlackChannels()), ('b', FanoutScenario.SlackDirect()), ('c', FanoutScenario.TeamsDirect()),
        }.Where(s => chosen.Contains(s.Key, StringComparison.Ordinal)).Select(s => s.Scenario).ToList();

        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"== {scenario.Name}; lower bound {scenario.LowerBound.TotalSeconds:0.0} s");
            var results = new List<FanoutResult>();
            for (var run = 1; run <= runs; run++)
            {
                var result = await RunAsync(admin, scenario);
                results.Add(result);
                Console.WriteLine($"   run {run}: {result}");
            }

            var median = results.OrderBy(r => r.Total).ElementAt(results.Count / 2);
            Console.WriteLine($"   median: {median}");
        }

        return 0;
    }

    /// <summary>
    /// A host that has sent nothing yet compiles and connects on its first sends; a fan-out meets a running host.
    /// One channel post and one Teams message (no Slack DM: it would spend the Tier 3 budget (b) is measured on).
    /// </summary>
    private static async Task WarmUpAsync(DeliveryHost host, FakeSlackApi slack, FakeBotFramework teams)
    {
        await host.EnqueueAsync([DeliveryHost.ToSlackChannel("C0WARMUP", "warm-up"), DeliveryHost.ToTeamsMember("29:warm-up", "warm-up")]);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((slack.Posts.Count == 0 || teams.Activities.Count == 0) && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }

        // Let the warm-up calls leave every window the measured run is counted in (1 s Slack pace, 1 s Teams app window).
        await Task.Delay(TimeSpan.FromSeconds(1.5));
    }

    private static async Task<FanoutResult> RunAsync(string admin, FanoutScenario scenario)
    {
        var database = $"collab_fanout_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection).ExecuteNonQueryAsync();
        }

        var postgres = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 200 }.ConnectionString;
        try
        {
            await using var slack = await FakeSlackApi.StartAsync();
            await using var teams = await FakeBotFramework.StartAsync();
            await using var host = new DeliveryHost(postgres, slack, teams);
            _ = host.Services;
            await WarmUpAsync(host, slack, teams);
            var entries = scenario.Entries();
            var expected = entries.Select(e => e.Message.Text).ToHashSet(StringComparer.Ordinal);

            var clock = Stopwatch.StartNew();
            // Timed from the commit that makes the messages due (the producing job's own write is not the dispatcher's).
            var committing = await host.EnqueueAsync(entries);
            var started = DateTimeOffset.UtcNow;
            var limit = scenario.LowerBound * 3 + TimeSpan.FromSeconds(30);
            while (scenario.Received(slack, teams).Count(r => expected.Contains(r.Text)) < expected.Count && clock.Elapsed < limit)
            {
                await Task.Delay(20);
            }

            // Give a duplicate time to show up.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var received = scenario.Received(slack, teams).Where(r => expected.Contains(r.Text)).ToList();
            var distinct = received.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();
            var last = received.Count == 0 ? started : received.Max(r => r.At);
            var counts = await host.CountsAsync();
            if (Environment.GetEnvironmentVariable("FANOUT_DETAIL") is not null)
            {
                var first = received.Count == 0 ? started : received.Min(r => r.At);
                var gaps = received.GroupBy(r => r.Target).SelectMany(g => g.OrderBy(r => r.At).Zip(g.OrderBy(r => r.At).Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds)).ToList();
                Console.WriteLine($"   commit took {(started - committing).TotalMilliseconds:0} ms, first after {(first - started).TotalMilliseconds:0} ms; gaps in a target: mean {(gaps.Count == 0 ? 0 : gaps.Average()):0} ms, max {(gaps.Count == 0 ? 0 : gaps.Max()):0} ms");
            }

            return new FanoutResult(last - started, scenario.LowerBound, scenario.RateLimited(slack, teams), expected.Count - distinct, received.Count - distinct, counts.Pending);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
    }
}
