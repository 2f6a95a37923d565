using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class OperationsFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ops");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Health_and_readiness_answer_and_the_dashboard_is_open_on_loopback_in_Development()
    {
        await using var app = new CollabBotApp(_database);
        var http = app.Http();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        var ready = await http.GetAsync("/readyz");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/hangfire")).StatusCode);
        Assert.Contains("phase-overrun-check", await (await http.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_Production_the_Playground_is_off_and_the_dashboard_needs_the_operator_credential()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:DashboardUser"] = "operator",
            ["Scheduling:DashboardPassword"] = "test-only-password",
        };
        await using var app = new CollabBotApp(_database, "Production", settings);
        var http = app.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/playground")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/playground/messages", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);

        var anonymous = await http.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = Basic("operator", "guess") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = Basic("operator", "test-only-password") } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right)).StatusCode);
    }

    [Fact]
    public async Task In_Production_without_a_credential_the_dashboard_stays_closed()
    {
        await using var app = new CollabBotApp(_database, "Production");

        var response = await app.Http().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
