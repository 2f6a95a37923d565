using System.Diagnostics;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Digests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CollabBot.Bench;

/// <summary>
/// One daily scan (the full fade scan and the catalyst evaluation, which share one snapshot) and the digests of every
/// collaboration, in the host's own services.
/// </summary>
public sealed record ScaleRun(TimeSpan DailyScan, TimeSpan DigestTime, TimeSpan ChartOnFetch, Counts Counts, long PeakMegabytes)
{
    public TimeSpan Total => DailyScan + DigestTime;

    /// <summary>The daily totals, summed for the whole seeded history the way the first scan after deployment does.</summary>
    public static async Task<TimeSpan> SumDaysAsync(string connectionString)
    {
        await using var host = new BenchHost(connectionString + ";Command Timeout=900");
        await using var scope = host.Services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<IParticipationStore>().RefreshDailyTotalsAsync(default);
        return watch.Elapsed;
    }

    public static async Task<ScaleRun> ExecuteAsync(string connectionString, DateTimeOffset now)
    {
        // Every run does the full work: nothing of an earlier run is there to be skipped.
        await ExecuteSqlAsync(connectionString, "TRUNCATE outbox, interventions, images");
        await using var host = new BenchHost(connectionString);
        var sources = host.Services.GetServices<IRecurringWorkSource>().ToList();

        var watch = Stopwatch.StartNew();
        await sources.OfType<Conversations.Participation.DailyScan>().Single().RunAsync(Conversations.Participation.DailyScan.WorkId, now, PlatformScope.All, default);
        var daily = watch.Elapsed;

        watch.Restart();
        var round = sources.OfType<DigestRound>().Single();
        foreach (var work in await round.ListAsync(PlatformScope.All, default))
        {
            await round.RunAsync(work.Id, now, PlatformScope.All, default);
        }

        var digests = watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / (1024 * 1024);

        // What the first fetch of one chart link costs (drawn once, then kept).
        watch.Restart();
        var id = await ScalarAsync<Guid>(connectionString, "SELECT \"Id\" FROM images LIMIT 1");
        var png = await host.CreateClient().GetByteArrayAsync(new Uri(host.Services.GetRequiredService<IImageLinks>().LinkTo(id), UriKind.Relative));
        var chart = watch.Elapsed;
        if (png.Length < 8 || png[1] != (byte)'P')
        {
            throw new InvalidOperationException("The chart link did not serve a PNG.");
        }

        return new ScaleRun(daily, digests, chart, await Counts.ReadAsync(connectionString), peak);
    }

    private static async Task ExecuteSqlAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed class BenchHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
            builder.UseSetting("Scheduling:RunServer", "false");
            builder.UseSetting("Playground:Enabled", "false");
            builder.UseEnvironment("Production");
        }
    }
}

/// <summary>What the seeded database holds and what one run produced.</summary>
public sealed record Counts(long Collaborations, long Members, long Signals, long Alerts, long Nudges, long Interventions, long SectorFlags, long Digests)
{
    public static async Task<Counts> ReadAsync(string c) => new(
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM collaborations"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM members"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM participation_signals"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'fade-alert:%'"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'fade-nudge:%'"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM interventions"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'sector-balance:%'"),
        await ScaleRun.ScalarAsync<long>(c, "SELECT count(*) FROM outbox WHERE \"IdempotencyKey\" LIKE 'digest:%'"));

    public override string ToString() =>
        $"{Collaborations:N0} collaborations, {Members:N0} members, {Signals:N0} signals; {Alerts:N0} fade alerts, {Nudges:N0} nudges, {Interventions:N0} interventions, {SectorFlags:N0} sector flags, {Digests:N0} digests";
}
