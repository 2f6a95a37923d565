using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Settings that would silently break something are named at start-up: a warning, or a refusal to start.</summary>
[Collection(HostCollection.Name)]
public sealed class StartupSettingsFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "startup");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_Production_host_serving_Slack_without_a_public_address_warns_that_charts_and_links_are_lost()
    {
        await using var app = new CollabBotApp(_database, "Production", new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "startup-test-signing-secret",
            ["Slack:BotToken"] = "test-token-made-up",
        });

        var warning = Assert.Single(app.Logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("PublicBaseUrl", StringComparison.Ordinal));
        Assert.Contains("chart", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_address_there_is_no_such_warning()
    {
        await using var app = new CollabBotApp(_database, "Production", new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "startup-test-signing-secret",
            ["Slack:BotToken"] = "test-token-made-up",
            ["PublicBaseUrl"] = "https://collabbot.example.org",
        });

        Assert.Contains(app.Logs, l => l.Contains("Application started", StringComparison.Ordinal) || l.Contains("Database ready", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PublicBaseUrl", "collabbot.example.org", "PublicBaseUrl")]
    [InlineData("PublicBaseUrl", "ftp://collabbot.example.org", "PublicBaseUrl")]
    [InlineData("Scheduling:DashboardPassword", "   ", "Scheduling:DashboardPassword")]
    public async Task A_setting_that_cannot_work_stops_start_up_naming_it(string setting, string value, string named)
    {
        await using var app = new CollabBotApp(_database, "Production", new Dictionary<string, string?>
        {
            ["Scheduling:DashboardUser"] = "operator",
            [setting] = value,
        }, start: false);

        var failure = Assert.ThrowsAny<Exception>(app.StartServer);

        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }
}
