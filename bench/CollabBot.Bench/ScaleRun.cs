using System.Diagnostics;
using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Bench;

/// <summary>One full fade scan, one catalyst evaluation and a digest per collaboration, in the host's own services.</summary>
public sealed record ScaleRun(TimeSpan FadeScan, TimeSpan Catalyst, int Digests, TimeSpan DigestTime, long PeakMegabytes)
{
    public TimeSpan Total => FadeScan + Catalyst + DigestTime;

    public static async Task<ScaleRun> ExecuteAsync(string connectionString, DateTimeOffset now)
    {
        await using var host = new BenchHost(connectionString);
        var services = host.Services;
        var sources = services.GetServices<CollabBot.Conversations.Scheduling.IRecurringWorkSource>().ToList();

        var watch = Stopwatch.StartNew();
        await sources.OfType<ParticipationScan>().Single().RunAsync(ParticipationScan.WorkId, now, default);
        var fade = watch.Elapsed;

        watch.Restart();
        await sources.OfType<CatalystScan>().Single().RunAsync(CatalystScan.WorkId, now, default);
        var catalyst = watch.Elapsed;

        watch.Restart();
        var composer = services.GetRequiredService<DigestComposer>();
        IReadOnlyList<Guid> ids;
        await using (var scope = services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().PhaseStartedBeforeAsync(now, default);
        }

        foreach (var id in ids)
        {
            await using var scope = services.CreateAsyncScope();
            var collaboration = await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().FindAsync(id, default);
            await composer.ComposeAsync([collaboration!], scope.ServiceProvider, now, default);
        }

        var digests = watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        return new ScaleRun(fade, catalyst, ids.Count, digests, process.PeakWorkingSet64 / (1024 * 1024));
    }

    private sealed class BenchHost(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
            builder.UseSetting("Scheduling:RunServer", "false");
            builder.UseSetting("Playground:Enabled", "false");
            builder.UseEnvironment("Production");
        }
    }
}
