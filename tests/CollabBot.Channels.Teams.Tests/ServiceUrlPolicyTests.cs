using CollabBot.Channels.Teams.Connector;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Which Bot Connector addresses the bot calls: Teams' documented hosts, listed prefixes, and nothing that only looks like them.</summary>
public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrls Policy = new(["https://smba.example-sovereign.cn/", "http://127.0.0.1:5123/connector/"], allowLoopback: false);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/a1b2c3d4-e5f6-7890-abcd-ef1234567890/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://smba.example-sovereign.cn/teams/")]
    [InlineData("http://127.0.0.1:5123/connector/")]
    [InlineData("http://127.0.0.1:5123/connector/v3/conversations")]
    public void Teams_hosts_and_listed_prefixes_are_called(string serviceUrl) => Assert.True(Policy.IsAllowed(serviceUrl));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("https://attacker.example/smba.trafficmanager.net/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net@attacker.example/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/?next=https://attacker.example")]
    [InlineData("http://127.0.0.1:5123/connectorx/")]
    [InlineData("http://127.0.0.1:5124/connector/")]
    [InlineData("http://localhost:5123/connector/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("/amer/")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? serviceUrl) => Assert.False(Policy.IsAllowed(serviceUrl));

    [Fact]
    public void Anonymous_development_mode_also_calls_loopback_for_the_Agents_Playground()
    {
        var anonymous = new ServiceUrls([], allowLoopback: true);

        Assert.True(anonymous.IsAllowed("http://localhost:56150/_connector"));
        Assert.True(anonymous.IsAllowed("http://127.0.0.1:3978/"));
        Assert.False(anonymous.IsAllowed("http://192.168.1.10:3978/"));
        Assert.False(anonymous.IsAllowed("https://attacker.example/"));
    }

    [Theory]
    [InlineData("http://connector.example.org/")]
    [InlineData("https://user:secret@connector.example.org/")]
    [InlineData("connector.example.org")]
    public void A_listed_entry_that_would_leak_the_token_is_refused_at_start_up(string configured) =>
        Assert.NotNull(ServiceUrls.Problem(configured));
}
