using CollabBot.Channels.Teams.Connector;
using CollabBot.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>Client-credentials token: right authority and scope, cached, one request at a time (PROTOCOLS.md §4 items 21-22).</summary>
public sealed class BotTokenProviderTests
{
    [Fact]
    public async Task Concurrent_callers_share_one_token_request_until_shortly_before_expiry()
    {
        await using var fakes = await FakeBotFramework.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = Services(fakes, clock);
        var provider = services.GetRequiredService<BotTokenProvider>();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => provider.GetTokenAsync(default).AsTask()));
        clock.Advance(TimeSpan.FromMinutes(50));
        var stillCached = await provider.GetTokenAsync(default);

        Assert.All(tokens, t => Assert.Equal(fakes.AccessToken, t));
        Assert.Equal(fakes.AccessToken, stillCached);
        Assert.Equal(1, fakes.TokenRequests);

        // expires_in is 3599 s; the token is replaced 5 minutes before it runs out.
        clock.Advance(TimeSpan.FromMinutes(5));
        await provider.GetTokenAsync(default);
        Assert.Equal(2, fakes.TokenRequests);
    }

    [Theory]
    [InlineData("MultiTenant", null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("SingleTenant", "0d0f1c2a-3b4c-4d5e-8f90-a1b2c3d4e5f6", "https://login.microsoftonline.com/0d0f1c2a-3b4c-4d5e-8f90-a1b2c3d4e5f6")]
    public void The_token_authority_is_botframework_com_or_the_bots_tenant(string appType, string? tenant, string authority)
    {
        var options = new TeamsOptions { MicrosoftAppId = "app", MicrosoftAppType = appType, MicrosoftAppTenantId = tenant };

        Assert.Equal(authority, options.LoginUrl);
        Assert.Equal("https://api.botframework.com/.default", options.OAuthScope);
    }

    [Fact]
    public void A_government_scope_gets_default_appended_once()
    {
        Assert.Equal("https://api.botframework.us/.default", new TeamsOptions { ToChannelFromBotOAuthScope = "https://api.botframework.us" }.OAuthScope);
        Assert.Equal("https://api.botframework.us/.default", new TeamsOptions { ToChannelFromBotOAuthScope = "https://api.botframework.us/.default" }.OAuthScope);
    }

    private static ServiceProvider Services(FakeBotFramework fakes, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(BotTokenProvider.ClientName);
        services.AddSingleton(clock);
        services.AddSingleton(Options.Create(new TeamsOptions
        {
            MicrosoftAppId = Guid.NewGuid().ToString(),
            MicrosoftAppPassword = Guid.NewGuid().ToString("N"),
            ToChannelFromBotLoginUrl = fakes.LoginUrl,
        }));
        services.AddSingleton<BotTokenProvider>();
        return services.BuildServiceProvider();
    }
}
