using System.Net;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Tests.Fakes;
using CollabBot.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// The negative battery of PROTOCOLS.md §4 items 2-10: every broken header, claim or key answers 401 and
/// leaves nothing behind (no conversation reference stored, no turn accepted, nothing sent).
/// </summary>
public sealed class InboundAuthenticationTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static TheoryData<string> BrokenCredentials() =>
    [
        "no header", "wrong scheme", "lower-case scheme", "three parts", "garbage token", "expired beyond skew", "not yet valid",
        "wrong issuer", "wrong audience", "empty audience", "unknown kid", "tampered signature", "alg none", "HS256 with the public key",
        "serviceurl mismatch", "serviceurl missing", "channel not endorsed", "key without endorsements", "RS256 key used as PS256",
    ];

    [Theory]
    [MemberData(nameof(BrokenCredentials))]
    public async Task Broken_credentials_are_refused_with_401_and_store_nothing(string broken)
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        using var stranger = new SigningKey("key-unknown", "msteams");
        var service = fixture.Fakes.ServiceUrl;
        var app = fixture.AppId;
        var key = fixture.Key;
        string? header = broken switch
        {
            "no header" => null,
            "wrong scheme" => "Basic " + fixture.Token(),
            "lower-case scheme" => "bearer " + fixture.Token(),
            "three parts" => "Bearer " + fixture.Token() + " extra",
            "garbage token" => "Bearer not.a.jwt",
            "expired beyond skew" => Bearer(ChannelTokens.Create(key, app, service, Now.AddHours(-2), lifetime: TimeSpan.FromMinutes(54), notBefore: Now.AddHours(-2))),
            "not yet valid" => Bearer(ChannelTokens.Create(key, app, service, Now, notBefore: Now.AddMinutes(6))),
            "wrong issuer" => Bearer(ChannelTokens.Create(key, app, service, Now, issuer: "https://api.botframework.us")),
            "wrong audience" => Bearer(ChannelTokens.Create(key, Guid.NewGuid().ToString(), service, Now)),
            "empty audience" => Bearer(ChannelTokens.Create(key, "", service, Now)),
            "unknown kid" => Bearer(ChannelTokens.Create(stranger, app, service, Now)),
            "tampered signature" => Bearer(ChannelTokens.Tamper(fixture.Token())),
            "alg none" => Bearer(ChannelTokens.Unsigned(app, service, Now)),
            "HS256 with the public key" => Bearer(ChannelTokens.HmacWithPublicKey(key, app, service, Now)),
            "serviceurl mismatch" => Bearer(ChannelTokens.Create(key, app, "https://smba.trafficmanager.net/amer/", Now)),
            "serviceurl missing" => Bearer(ChannelTokens.Create(key, app, service, Now, includeServiceUrl: false)),
            "channel not endorsed" => Bearer(ChannelTokens.Create(fixture.SkypeOnlyKey, app, service, Now)),
            "key without endorsements" => Bearer(ChannelTokens.Create(fixture.BareKey, app, service, Now)),
            "RS256 key used as PS256" => Bearer(ChannelTokens.Create(key, app, service, Now, algorithm: SecurityAlgorithms.RsaSsaPssSha256)),
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        var response = await fixture.PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, conversationId), default));
        await HostWork.SettledAsync(fixture.Host.Services, conversationId);
        Assert.DoesNotContain(fixture.Fakes.Requests, r => r.ConversationId == conversationId);
    }

    [Fact]
    public async Task A_token_expired_by_less_than_the_5_minute_skew_is_accepted()
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.Fakes.ServiceUrl, Now.AddHours(-1).AddMinutes(-4), lifetime: TimeSpan.FromHours(1), notBefore: Now.AddHours(-2));

        var response = await fixture.PostAsync(activity, Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, conversationId), default));
    }

    [Fact]
    public async Task A_token_valid_from_less_than_5_minutes_ahead_is_accepted()
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.Fakes.ServiceUrl, Now, notBefore: Now.AddMinutes(4));

        var response = await fixture.PostAsync(activity, Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, conversationId), default));
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_case_insensitively()
    {
        var activity = fixture.Activity("message-personal.json", out var conversationId);
        var token = ChannelTokens.Create(fixture.Key, fixture.AppId, fixture.Fakes.ServiceUrl.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal), Now);

        var response = await fixture.PostAsync(activity, Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await fixture.References.GetAsync(ConversationReferenceStore.ConversationKey(TeamsFixture.FixtureTenant, conversationId), default));
    }

    private static string Bearer(string token) => "Bearer " + token;
}
