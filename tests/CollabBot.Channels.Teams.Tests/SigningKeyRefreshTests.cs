using System.Net;
using CollabBot.Channels.Teams.Tests.Fakes;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// Metadata caching (PROTOCOLS.md §4 item 11): a new kid forces one refresh, a key taken out of the JWKS stops
/// working after that refresh, and a failed refresh keeps the last good keys. Each test has its own metadata URL.
/// </summary>
public sealed class SigningKeyRefreshTests
{
    [Fact]
    public async Task Keys_rotated_mid_run_are_picked_up_on_the_first_token_with_the_new_kid()
    {
        await using var fixture = await StartAsync();
        using var next = new SigningKey("key-2", "msteams");
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(Message(fixture))).StatusCode);
        var fetchesBefore = fixture.Fakes.MetadataRequests;

        fixture.Fakes.PublishKeys(next);
        var withNewKey = ChannelTokens.Create(next, fixture.AppId, fixture.Fakes.ServiceUrl, DateTimeOffset.UtcNow);
        var rotated = await fixture.PostAsync(Message(fixture), "Bearer " + withNewKey);
        var retired = await fixture.PostSignedAsync(Message(fixture));

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, retired.StatusCode);
        Assert.Equal(fetchesBefore + 1, fixture.Fakes.MetadataRequests);
    }

    [Fact]
    public async Task Unknown_kids_force_at_most_one_refresh_per_interval()
    {
        await using var fixture = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(Message(fixture))).StatusCode);
        var fetchesBefore = fixture.Fakes.MetadataRequests;

        for (var i = 0; i < 5; i++)
        {
            using var stranger = new SigningKey($"stranger-{i}", "msteams");
            var token = ChannelTokens.Create(stranger, fixture.AppId, fixture.Fakes.ServiceUrl, DateTimeOffset.UtcNow);
            Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.PostAsync(Message(fixture), "Bearer " + token)).StatusCode);
        }

        Assert.Equal(fetchesBefore + 1, fixture.Fakes.MetadataRequests);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_good_keys()
    {
        await using var fixture = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(Message(fixture))).StatusCode);
        fixture.Fakes.FailMetadata = true;
        using var stranger = new SigningKey("stranger", "msteams");
        var unknown = ChannelTokens.Create(stranger, fixture.AppId, fixture.Fakes.ServiceUrl, DateTimeOffset.UtcNow);

        var refused = await fixture.PostAsync(Message(fixture), "Bearer " + unknown);
        var stillGood = await fixture.PostSignedAsync(Message(fixture));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillGood.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonObject Message(TeamsFixture fixture) => fixture.Activity("message-personal.json", out _);

    private static async Task<OwnedFixture> StartAsync()
    {
        var fixture = new OwnedFixture();
        await fixture.InitializeAsync();
        return fixture;
    }

    private sealed class OwnedFixture : TeamsFixture, IAsyncDisposable
    {
        ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
    }
}
