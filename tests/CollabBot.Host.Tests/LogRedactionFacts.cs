using System.Security.Cryptography;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>
/// Signed links are credentials (their token is the only key to an export or a chart), and so are an OAuth callback's
/// <c>code</c> and <c>state</c>: no log line the host writes carries them, with ASP.NET Core's request logging and
/// HttpClient's logging turned up to Information.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LogRedactionFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "redaction");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Tokens_codes_and_states_never_reach_a_log_line()
    {
        var fileToken = "CfDJ8" + Base64Url(96);
        var imageToken = "CfDJ8" + Base64Url(80);
        var code = "7891234567.123456789." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var state = "CfDJ8" + Base64Url(120);
        await using var app = new CollabBotApp(_database, "Production", new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
            ["Logging:LogLevel:System.Net.Http"] = "Information",
        });
        var http = app.Http();

        await http.GetAsync($"/files/{fileToken}");
        await http.GetAsync($"/images/{imageToken}?download=1");
        await http.GetAsync($"/api/slack/oauth/callback?code={code}&state={Uri.EscapeDataString(state)}");
        using (var client = app.Services.GetRequiredService<IHttpClientFactory>().CreateClient("redaction-probe"))
        {
            await client.GetAsync(new Uri(app.BaseAddress, $"/files/{fileToken}?code={code}&state={state}"));
        }

        var logs = app.Logs;
        Assert.Contains(logs, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains("/files/", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("System.Net.Http.HttpClient.redaction-probe", StringComparison.Ordinal));
        foreach (var secret in new[] { fileToken, imageToken, code, state, Uri.EscapeDataString(state) })
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(logs, l => l.Contains("CfDJ8", StringComparison.Ordinal));
    }

    private static string Base64Url(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
