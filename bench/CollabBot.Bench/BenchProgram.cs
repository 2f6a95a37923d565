using System.Diagnostics;

namespace CollabBot.Bench;

public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/CollabBot.Bench -- "<PostgreSQL connection string>" [collaborations] [members] [days] [runs]
        var connection = args.ElementAtOrDefault(0) ?? Environment.GetEnvironmentVariable("COLLABBOT_BENCH_POSTGRES")
            ?? throw new ArgumentException("Give a PostgreSQL connection string as the first argument or in COLLABBOT_BENCH_POSTGRES.");
        var shape = new SeedShape(Int(1, 1000), Int(2, 30), Int(3, 90));
        var runs = Int(4, 3);

        // The host runs from this folder; WebApplicationFactory otherwise looks for its project folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COLLABBOT_HOST", AppContext.BaseDirectory);

        var seeded = Stopwatch.StartNew();
        var now = await Seeder.SeedAsync(connection, shape);
        Console.WriteLine($"seeded {shape.Collaborations} collaborations x {shape.Members} members x {shape.Days} days: {await Seeder.CountSignalsAsync(connection):N0} signals in {seeded.Elapsed.TotalSeconds:F1} s");

        var results = new List<ScaleRun>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await ScaleRun.ExecuteAsync(connection, now.AddDays(run - 1));
            results.Add(result);
            Console.WriteLine($"run {run}: fade scan {result.FadeScan.TotalSeconds:F2} s, catalyst {result.Catalyst.TotalSeconds:F2} s, {result.Digests} digests {result.DigestTime.TotalSeconds:F2} s, total {result.Total.TotalSeconds:F2} s, peak working set {result.PeakMegabytes} MB");
        }

        var median = results.OrderBy(r => r.Total).ElementAt(results.Count / 2);
        Console.WriteLine($"median total: {median.Total.TotalSeconds:F2} s (target < 10 s); peak working set: {results.Max(r => r.PeakMegabytes)} MB (target < 400 MB)");

        int Int(int index, int fallback) => args.Length > index && int.TryParse(args[index], out var value) ? value : fallback;
    }
}
