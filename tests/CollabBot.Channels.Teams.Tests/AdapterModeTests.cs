using System.Net;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Fail closed: without an app id the adapter is off, except anonymous in Development (PROTOCOLS.md §4 item 12).</summary>
public sealed class AdapterModeTests
{
    [Fact]
    public async Task Without_an_app_id_outside_Development_the_endpoint_does_not_exist()
    {
        await using var host = new TeamsHost(null, appId: "", environment: "Production");
        host.StartServer();
        using var client = host.CreateClient();

        var response = await client.PostAsync(host.MessagesUri, new StringContent(PayloadFixtures.Text("message-personal.json"), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_app_id_in_Development_requests_are_anonymous()
    {
        await using var fakes = await FakeBotFramework.StartAsync();
        await using var host = new TeamsHost(fakes, appId: "", environment: "Development");
        host.StartServer();
        using var client = host.CreateClient();
        var activity = PayloadFixtures.Load("message-personal.json");
        activity["serviceUrl"] = fakes.ServiceUrl;
        activity["text"] = "help";

        var response = await client.PostAsync(host.MessagesUri, new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fakes.WaitForAsync(all => all.Count > 0);
        await HostWork.SettledAsync(host.Services);
        var reply = Assert.Single(fakes.Requests);
        Assert.Equal("", reply.Authorization);
        Assert.Equal(0, fakes.TokenRequests);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_401_even_in_Development()
    {
        await using var fakes = await FakeBotFramework.StartAsync();
        await using var host = new TeamsHost(fakes, appId: Guid.NewGuid().ToString(), environment: "Development");
        host.StartServer();
        using var client = host.CreateClient();

        var response = await client.PostAsync(host.MessagesUri, new StringContent(PayloadFixtures.Text("message-personal.json"), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("MultiTenant", "", null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "secret-from-test", null, "MicrosoftAppTenantId")]
    [InlineData("SomethingElse", "secret-from-test", null, "MicrosoftAppType")]
    public async Task An_app_id_with_incomplete_settings_stops_start_up(string appType, string password, string? tenant, string named)
    {
        await using var host = new TeamsHost(null, appId: Guid.NewGuid().ToString(), environment: "Production", extra: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        var failure = Assert.ThrowsAny<Exception>(host.StartServer);

        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", " ")]
    [InlineData("MicrosoftAppPassword", "\t \n")]
    [InlineData("Teams:MicrosoftAppPassword", "  ")]
    [InlineData("MicrosoftAppId", " ")]
    public async Task A_credential_of_only_whitespace_stops_start_up_naming_it(string setting, string blank)
    {
        await using var host = new TeamsHost(null, appId: Guid.NewGuid().ToString(), environment: "Production", extra: new Dictionary<string, string?>
        {
            [setting] = blank,
        });

        var failure = Assert.ThrowsAny<Exception>(host.StartServer);

        Assert.Contains($"{setting.Replace("Teams:", "", StringComparison.Ordinal)} is only whitespace", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_service_url_that_would_carry_the_token_in_clear_stops_start_up()
    {
        await using var host = new TeamsHost(null, appId: Guid.NewGuid().ToString(), environment: "Production", extra: new Dictionary<string, string?>
        {
            ["Teams:AllowedServiceUrls:0"] = "http://connector.example.org/",
        });

        var failure = Assert.ThrowsAny<Exception>(host.StartServer);

        Assert.Contains("Teams:AllowedServiceUrls", failure.ToString(), StringComparison.Ordinal);
    }
}
