using System.Text.Json;
using CollabBot.Channels.Teams.Authentication;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Channels.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// A token's signature is checked once and remembered until the token expires; what depends on the activity
/// (the channel the key is endorsed for, the service URL) is checked on every request that carries it.
/// </summary>
public sealed class ValidatedTokenReuseTests : IAsyncLifetime
{
    private readonly SigningKey _key = new("key-reuse", "msteams");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly string _appId = Guid.NewGuid().ToString();
    private FakeBotFramework _fakes = null!;
    private ServiceProvider _services = null!;
    private BotFrameworkAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _fakes = await FakeBotFramework.StartAsync(_key);
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = Options.Create(new TeamsOptions { MicrosoftAppId = _appId, ToBotFromChannelOpenIdMetadataUrl = _fakes.MetadataUrl });
        _authenticator = new BotFrameworkAuthenticator(options, _services.GetRequiredService<IHttpClientFactory>(), _clock);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fakes.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task A_remembered_token_is_still_refused_for_another_service_url_or_an_unendorsed_channel()
    {
        var header = "Bearer " + ChannelTokens.Create(_key, _appId, _fakes.ServiceUrl, _clock.GetUtcNow());

        var first = await _authenticator.AuthenticateAsync(header, Activity(_fakes.ServiceUrl, "msteams"), default);
        var otherService = await _authenticator.AuthenticateAsync(header, Activity("https://smba.trafficmanager.net/amer/", "msteams"), default);
        var otherChannel = await _authenticator.AuthenticateAsync(header, Activity(_fakes.ServiceUrl, "skype"), default);
        var again = await _authenticator.AuthenticateAsync(header, Activity(_fakes.ServiceUrl, "msteams"), default);

        Assert.True(first.Succeeded, first.FailureReason);
        Assert.Equal("serviceurl claim does not match the activity", otherService.FailureReason);
        Assert.Equal("signing key not endorsed for the channel", otherChannel.FailureReason);
        Assert.True(again.Succeeded, again.FailureReason);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_expired_beyond_the_skew()
    {
        var header = "Bearer " + ChannelTokens.Create(_key, _appId, _fakes.ServiceUrl, _clock.GetUtcNow(), lifetime: TimeSpan.FromMinutes(10));
        var activity = Activity(_fakes.ServiceUrl, "msteams");
        Assert.True((await _authenticator.AuthenticateAsync(header, activity, default)).Succeeded);

        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True((await _authenticator.AuthenticateAsync(header, activity, default)).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False((await _authenticator.AuthenticateAsync(header, activity, default)).Succeeded);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_its_key_is_no_longer_published()
    {
        using var next = new SigningKey("key-next", "msteams");
        var header = "Bearer " + ChannelTokens.Create(_key, _appId, _fakes.ServiceUrl, _clock.GetUtcNow());
        var activity = Activity(_fakes.ServiceUrl, "msteams");
        Assert.True((await _authenticator.AuthenticateAsync(header, activity, default)).Succeeded);

        // A token with a new kid makes the adapter re-read the JWKS, which no longer has the first key.
        _fakes.PublishKeys(next);
        var rotated = "Bearer " + ChannelTokens.Create(next, _appId, _fakes.ServiceUrl, _clock.GetUtcNow());
        Assert.True((await _authenticator.AuthenticateAsync(rotated, activity, default)).Succeeded);

        var retired = await _authenticator.AuthenticateAsync(header, activity, default);
        Assert.False(retired.Succeeded);
    }

    private static Activity Activity(string serviceUrl, string channelId) =>
        JsonSerializer.Deserialize($$"""{"type":"message","channelId":"{{channelId}}","serviceUrl":"{{serviceUrl}}"}""", TeamsJsonContext.Default.Activity)!;
}
