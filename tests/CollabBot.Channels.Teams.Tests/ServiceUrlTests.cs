using System.Net;
using System.Text;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// The bot calls only Bot Framework service URLs it trusts (Teams' documented hosts plus <c>Teams:AllowedServiceUrls</c>),
/// in every mode: an activity naming another one is refused before anything is stored or sent, even with a valid token.
/// </summary>
public sealed class ServiceUrlTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    public async Task A_signed_activity_naming_a_service_url_outside_the_allow_list_is_refused(string serviceUrl)
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        activity["serviceUrl"] = serviceUrl;
        activity["text"] = "help";
        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, serviceUrl, DateTimeOffset.UtcNow);

        var refused = await fixture.PostAsync(activity, "Bearer " + token);
        var own = activity.DeepClone().AsObject();
        own["id"] = Guid.NewGuid().ToString("N");
        own["serviceUrl"] = fixture.Fakes.ServiceUrl;
        own["text"] = "status";
        var accepted = await fixture.PostSignedAsync(own);
        var replies = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.ConversationId == conversationId));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (refused.StatusCode, accepted.StatusCode));
        Assert.DoesNotContain(replies, r => r.ConversationId == conversationId && r.CardJson.Contains("CollabBot help", StringComparison.Ordinal));
        Assert.Contains(fixture.Host.Logs, l => l.Contains("service URL", StringComparison.Ordinal) && l.Contains(new Uri(serviceUrl).Host, StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Host.Logs, l => l.Contains(token, StringComparison.Ordinal) || l.Contains("user:pass", StringComparison.Ordinal));
    }
}

/// <summary>
/// Anonymous mode (Development, no app id) is for Microsoft's Agents Playground on the same machine: a request that came
/// through a tunnel or proxy (it carries forwarding headers) or names a service URL off this machine is refused.
/// </summary>
public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("X-Forwarded-Host", "abc.ngrok-free.app")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    [InlineData("CF-Connecting-IP", "203.0.113.7")]
    public async Task A_request_through_a_tunnel_is_refused_and_nothing_is_posted(string header, string value)
    {
        await using var fakes = await FakeBotFramework.StartAsync();
        await using var host = new TeamsHost(fakes, appId: "", environment: "Development");
        host.StartServer();
        using var client = host.CreateClient();

        var response = await client.SendAsync(Message(host, fakes.ServiceUrl, (header, value)));
        var direct = await client.SendAsync(Message(host, fakes.ServiceUrl));
        await fakes.WaitForAsync(all => all.Count > 0);
        await HostWork.SettledAsync(host.Services);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (response.StatusCode, direct.StatusCode));
        Assert.Single(fakes.Requests);
    }

    [Fact]
    public async Task A_service_url_off_this_machine_is_refused_even_from_loopback()
    {
        await using var fakes = await FakeBotFramework.StartAsync();
        await using var host = new TeamsHost(fakes, appId: "", environment: "Development");
        host.StartServer();
        using var client = host.CreateClient();

        var response = await client.SendAsync(Message(host, "https://attacker.example/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static HttpRequestMessage Message(TeamsHost host, string serviceUrl, (string Name, string Value)? header = null)
    {
        var activity = PayloadFixtures.Load("message-personal.json");
        activity["serviceUrl"] = serviceUrl;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = "help";
        var request = new HttpRequestMessage(HttpMethod.Post, host.MessagesUri) { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
        }

        return request;
    }
}
