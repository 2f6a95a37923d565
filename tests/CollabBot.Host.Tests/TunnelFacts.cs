using System.Net;
using System.Text;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// A tunnel (ngrok, cloudflared, devtunnels) delivers every request from loopback, with forwarding headers. A Development
/// host trusts loopback for the job dashboard, the operator pages and the Playground: never a request that came through one.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TunnelFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "tunnel");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https;host=abc.ngrok-free.app")]
    [InlineData("X-Forwarded-Host", "abc.trycloudflare.com")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    [InlineData("CF-Connecting-IP", "203.0.113.7")]
    [InlineData("X-Original-Host", "abc.devtunnels.ms")]
    public async Task Loopback_trust_is_not_given_to_a_request_that_came_through_a_tunnel(string header, string value)
    {
        await using var app = new CollabBotApp(_database);
        var http = app.Http();

        var trigger = await http.SendAsync(Through(header, value, HttpMethod.Post, "/hangfire/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "daily-scan")])));
        var dashboard = await http.SendAsync(Through(header, value, HttpMethod.Get, "/hangfire"));
        var parked = await http.SendAsync(Through(header, value, HttpMethod.Get, "/ops/outbox/parked"));
        var playground = await http.SendAsync(Through(header, value, HttpMethod.Post, "/api/playground/messages",
            new StringContent("""{"conversationId":"tunnel","userId":"eve","userName":"Eve","text":"start Tunnelled"}""", Encoding.UTF8, "application/json")));
        var page = await http.SendAsync(Through(header, value, HttpMethod.Get, "/playground"));

        Assert.Equal(HttpStatusCode.Unauthorized, trigger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, parked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, playground.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("this machine", await playground.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_requests_straight_from_this_machine_are_served()
    {
        await using var app = new CollabBotApp(_database);
        var http = app.Http();

        var dashboard = await http.GetAsync("/hangfire");
        var parked = await http.GetAsync("/ops/outbox/parked");
        var playground = await http.PostAsync("/api/playground/messages",
            new StringContent("""{"conversationId":"local","userId":"ana","userName":"Ana","text":"help"}""", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (dashboard.StatusCode, parked.StatusCode, playground.StatusCode));
    }

    private static HttpRequestMessage Through(string header, string value, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }
}
