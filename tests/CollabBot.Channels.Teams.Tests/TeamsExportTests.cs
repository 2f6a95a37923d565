using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Tests.Fakes;

namespace CollabBot.Channels.Teams.Tests;

/// <summary>
/// On Teams an export arrives in the member's 1:1 chat as an Adaptive Card whose Action.OpenUrl is a signed, expiring
/// link served by the host (rather than the file consent flow); following it returns the member's own data.
/// </summary>
public sealed class TeamsExportTests(PublicAddressTeamsFixture fixture) : IClassFixture<PublicAddressTeamsFixture>
{
    [Fact]
    public async Task Export_sends_a_card_with_a_signed_download_link_to_the_members_own_JSON_file()
    {
        var userId = "29:" + Guid.NewGuid().ToString("N");
        var channelId = await SayAsync(null, userId, "start Warm Homes");
        await SayAsync(channelId, "29:" + Guid.NewGuid().ToString("N"), "join as ngo");
        await SayAsync(channelId, userId, "assets tenant survey");

        await SayAsync(channelId, userId, "export");
        var requests = await fixture.Fakes.WaitForAsync(all => all.Any(r => r.CardJson.Contains("Action.OpenUrl", StringComparison.Ordinal)));

        var delivery = Assert.Single(requests, r => r.CardJson.Contains("Action.OpenUrl", StringComparison.Ordinal));
        Assert.Equal(fixture.Fakes.CreatedChatFor(userId), delivery.ConversationId);
        var card = delivery.Body!["attachments"]![0]!["content"]!;
        var open = Assert.Single(card["actions"]!.AsArray(), a => (string?)a!["type"] == "Action.OpenUrl")!;
        Assert.Equal("Download collabbot-my-data.json", (string?)open["title"]);
        var link = new Uri((string)open["url"]!);
        Assert.StartsWith(PublicAddressTeamsFixture.PublicBaseUrl + "/files/", link.AbsoluteUri, StringComparison.Ordinal);

        var download = await fixture.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        var text = await download.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!;
        Assert.Equal((userId, "tenant survey"), ((string?)json["me"]!["userId"], (string?)json["me"]!["assets"]![0]));
        Assert.Equal("Warm Homes", (string?)json["collaboration"]);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Client.GetAsync(link.PathAndQuery + "x")).StatusCode);
    }

    /// <summary>Posts "@bot text" in a channel (a new one when <paramref name="channelId"/> is null) as <paramref name="userId"/>.</summary>
    private async Task<string> SayAsync(string? channelId, string userId, string text)
    {
        var activity = fixture.Activity("message-channel-mention.json", out var fresh);
        var channel = channelId ?? fresh;
        activity["conversation"]!["id"] = channel;
        activity["from"]!["id"] = userId;
        activity["text"] = "<at>Chat SDK Demo</at> " + text;
        Assert.Equal(HttpStatusCode.OK, (await fixture.PostSignedAsync(activity)).StatusCode);
        return channel;
    }
}
