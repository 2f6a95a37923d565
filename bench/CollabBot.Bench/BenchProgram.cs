using System.Diagnostics;

namespace CollabBot.Bench;

public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/CollabBot.Bench -- "<PostgreSQL connection string>" [runs] [--small] [--reuse]
        //   --small: 20 collaborations instead of 1,000; --reuse: keep the database seeded by an earlier run of the same shape.
        var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var connection = positional.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES")
            ?? throw new ArgumentException("Give a PostgreSQL connection string as the first argument or in COLLABBOT_BENCH_POSTGRES.");
        var runs = positional.Count > 1 && int.TryParse(positional[1], out var r) ? r : 3;
        var shape = flags.Contains("--small") ? SeedShape.Small : SeedShape.Full;

        // The host runs from this folder; WebApplicationFactory otherwise looks for its project folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COLLABBOT_HOST", AppContext.BaseDirectory);

        if (!flags.Contains("--reuse"))
        {
            var seeded = Stopwatch.StartNew();
            await Seeder.SeedAsync(connection, shape);
            var copied = seeded.Elapsed;
            var summed = await ScaleRun.SumDaysAsync(connection);
            Console.WriteLine($"seeded {shape.Collaborations} collaborations x {shape.Members} members x {shape.Days} days: {await Seeder.CountAsync(connection, "participation_signals"):N0} signals in {copied.TotalSeconds:F1} s; "
                + $"daily totals of the whole history ({await Seeder.CountAsync(connection, "participation_days"):N0} rows) in {summed.TotalSeconds:F1} s");
        }

        var results = new List<ScaleRun>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await ScaleRun.ExecuteAsync(connection, Seeder.Now.AddHours(run - 1));
            results.Add(result);
            Console.WriteLine($"run {run}: daily scan (fade and catalyst) {result.DailyScan.TotalSeconds:F2} s, digests {result.DigestTime.TotalSeconds:F2} s, "
                + $"total {result.Total.TotalSeconds:F2} s, peak working set {result.PeakMegabytes} MB; first fetch of a chart {result.ChartOnFetch.TotalMilliseconds:F0} ms; {result.Counts}");
        }

        if (results.Count > 0)
        {
            var median = results.OrderBy(x => x.Total).ElementAt(results.Count / 2);
            Console.WriteLine($"median run: daily scan {median.DailyScan.TotalSeconds:F2} s, digests {median.DigestTime.TotalSeconds:F2} s, total {median.Total.TotalSeconds:F2} s (target < 10 s); "
                + $"peak working set {results.Max(x => x.PeakMegabytes)} MB (target < 400 MB)");
        }
    }
}
