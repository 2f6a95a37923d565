using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class MetricsFacts
{
    [Fact]
    public async Task Metrics_count_turns_and_deliveries_by_platform_and_show_no_content()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "metrics");
        await using var app = new CollabBotApp(database);
        var playground = new PlaygroundClient(app.Http());
        await playground.SayAsync("ana", "start Secret Project Name");

        string metrics = "";
        for (var i = 0; i < 50 && !metrics.Contains("collabbot_outbox_deliveries", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            metrics = await app.Http().GetStringAsync("/metrics");
        }

        Assert.Matches("collabbot_turns_total\\{[^}]*platform=\"Playground\"[^}]*\\} 1", metrics);
        Assert.Matches("collabbot_outbox_deliveries_total\\{[^}]*outcome=\"sent\"[^}]*platform=\"Playground\"[^}]*\\} 1", metrics);
        Assert.DoesNotContain("Secret Project", metrics);
    }
}
