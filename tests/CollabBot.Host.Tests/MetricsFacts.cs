using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class MetricsFacts
{
    [Fact]
    public async Task Metrics_count_turns_and_deliveries_by_platform_and_show_no_content()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "metrics");
        var playground = host.Playground;
        await playground.SayAsync("ana", "start Secret Project Name");

        string metrics = "";
        await Eventually.TrueAsync(async () => (metrics = await host.App.Http().GetStringAsync("/metrics")).Contains("collabbot_outbox_deliveries", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));

        Assert.Matches("collabbot_turns_total\\{[^}]*platform=\"Playground\"[^}]*\\} 1", metrics);
        Assert.Matches("collabbot_outbox_deliveries_total\\{[^}]*outcome=\"sent\"[^}]*platform=\"Playground\"[^}]*\\} 1", metrics);
        Assert.DoesNotContain("Secret Project", metrics);
    }

    [Fact]
    public async Task Turns_that_race_into_a_new_workspace_are_each_counted_once()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "metricsrace");

        // Eight first turns at once, in eight channels of a workspace nobody stored yet: they conflict on adding it, and
        // the losers run again; a turn counts once its commit went through.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => new PlaygroundClient(host.App.Http(), $"race-{i}").SayAsync($"u{i}", "help")));

        string metrics = "";
        await Eventually.TrueAsync(async () => (metrics = await host.App.Http().GetStringAsync("/metrics")).Contains("collabbot_turns_total", StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
        Assert.Matches("collabbot_turns_total\\{[^}]*platform=\"Playground\"[^}]*repeat=\"[Ff]alse\"[^}]*\\} 8\n", metrics);
    }

    [Fact]
    public async Task Metrics_record_how_long_recurring_work_took_once_it_ran()
    {
        await using var host = await PlaygroundHost.StartAsync(DatabaseProvider.Sqlite, "jobmetrics");
        var playground = host.Playground;
        await playground.SayAsync("ana", "start Warm Homes");
        const string DailyScanRuns = "collabbot_job_duration_seconds_count\\{[^}]*kind=\"DailyScan\"[^}]*\\} [1-9]";
        Assert.DoesNotMatch(DailyScanRuns, await host.App.Http().GetStringAsync("/metrics"));

        await playground.AdvanceAsync("P1D");
        // The exporter caches a scrape for a moment.
        string metrics = "";
        await Eventually.TrueAsync(async () => System.Text.RegularExpressions.Regex.IsMatch(metrics = await host.App.Http().GetStringAsync("/metrics"), DailyScanRuns),
            TimeSpan.FromSeconds(2));

        Assert.Matches(DailyScanRuns, metrics);
        Assert.Matches("collabbot_job_duration_seconds_sum\\{[^}]*kind=\"DailyScan\"[^}]*\\} \\d", metrics);
    }
}
