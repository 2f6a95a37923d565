using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// The whole path on the real host: a signed Slack request is stored in the inbox, handled by the
/// conversation layer, written to the outbox and delivered to the fake Slack Web API, exactly once.
/// </summary>
[Collection(SlackHostCollection.Name)]
public abstract class SlackHostJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "slack");
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string body, string mediaType = "application/json", int retry = 0)
    {
        var request = SlackRequestSigner.Signed(path, body, SlackHostApp.Secret, DateTimeOffset.UtcNow, mediaType);
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SlashAsync(HttpClient http, string body) =>
        PostAsync(http, "/api/slack/commands", body, "application/x-www-form-urlencoded");

    private IReadOnlyList<FakeSlackCall> Posts(string channel) =>
        [.. _slack.CallsTo("chat.postMessage").Where(c => c.Channel == channel && c.Succeeded)];

    /// <summary>Welcomes to the person who joined, however they reached them (an ephemeral message or the response URL).</summary>
    private IReadOnlyList<FakeSlackCall> Welcomes() =>
        [.. _slack.Calls.Where(c => c.Succeeded && c.Method != "chat.postMessage" && c.Arguments["text"]?.ToString().StartsWith("Welcome, ", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task Mention_starts_a_collaboration_and_slacks_retry_of_it_gets_one_reply()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();

        var first = await PostAsync(http, "/api/slack/events", SlackPayloads.Mention("start Warm Homes"));
        var retried = await PostAsync(http, "/api/slack/events", SlackPayloads.Mention("start Warm Homes"), retry: 1);
        await Eventually.WaitForAsync(() => Posts("C00FAKECHAN1"), p => p.Count > 0);
        await HostWork.SettledAsync(app.Services, "C00FAKECHAN1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retried.StatusCode));
        var reply = Assert.Single(Posts("C00FAKECHAN1"));
        Assert.Equal(SlackHostApp.BotToken, reply.Token);
        Assert.StartsWith("<@U00FAKEUSER1> started *Warm Homes*", reply.Arguments["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_click_on_a_join_button_welcomes_the_member_once()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();
        await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00BB", "C00FAKECHAN2", "U00FAKEUSER9", "start Warm Homes"));
        await Eventually.WaitForAsync(() => Posts("C00FAKECHAN2"), p => p.Count == 1);

        var inputs = new Dictionary<string, string> { ["sector"] = "citizen" };
        var click = await PostAsync(http, "/api/slack/interactions", SlackPayloads.Click("join as {sector}", inputs, "1769220166.113300"), "application/x-www-form-urlencoded");
        var again = await PostAsync(http, "/api/slack/interactions", SlackPayloads.Click("join as {sector}", inputs, "1769220168.000001"), "application/x-www-form-urlencoded");
        // The welcome answers the person who joined, privately (issue 23: acknowledgements go to the caller only).
        await Eventually.WaitForAsync(Welcomes, w => w.Count >= 1);
        await HostWork.SettledAsync(app.Services);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (click.StatusCode, again.StatusCode));
        Assert.Single(Welcomes());
        Assert.Single(Posts("C00FAKECHAN2"));
    }

    [Fact]
    public async Task Status_of_sixty_members_reaches_slack_as_two_messages_within_block_limits()
    {
        // Each join is answered privately: the ephemeral limits (Slack's and the bot's own Tier 4 pacing) are raised so the
        // status does not queue behind 118 of them.
        _slack.Limits.Set("chat.postMessage", 1000, TimeSpan.FromSeconds(1), perChannel: true);
        _slack.Limits.Set("chat.postEphemeral", 1000, TimeSpan.FromSeconds(1), perChannel: false);
        await using var app = new SlackHostApp(_database, _slack, new Dictionary<string, string?> { ["Slack:ChannelPostInterval"] = "00:00:00", ["Slack:Tier4PerMinute"] = "1000" });
        var http = app.Http();
        await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00BB", "CBIG", "U000", "start Big Team"));
        for (var i = 1; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00BB", "CBIG", $"U{i:D3}", "join as citizen"))).StatusCode);
        }

        await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00BB", "CBIG", "U000", "status"));
        var status = await Eventually.WaitForAsync(
            () => _slack.CallsTo("chat.postEphemeral").Where(c => c.Succeeded && c.Arguments["user"]!.GetValue<string>() == "U000").ToList(),
            c => c.Count >= 2,
            TimeSpan.FromSeconds(60));

        Assert.Equal(2, status.Count);
        Assert.All(status, c => Assert.InRange(c.Arguments["blocks"]!.AsArray().Count, 1, 50));
        Assert.StartsWith("Status of Big Team: Understand, 60 members.", status[0].Arguments["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var blocks = string.Concat(status.Select(c => c.Arguments["blocks"]!.ToJsonString(relaxed)));
        Assert.All(Enumerable.Range(0, 60), i => Assert.Contains($"<@U{i:D3}>", blocks, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slash_command_where_the_bot_is_not_invited_is_answered_through_its_response_url()
    {
        _slack.FailChannel("CNOTIN", "not_in_channel");
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();

        var response = await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00BB", "CNOTIN", "U00FAKEUSER2", "status", new Uri(_slack.HooksUrl, "commands/T00FAKE00BB/1/abc")));
        var replies = await Eventually.WaitForAsync(() => _slack.CallsTo("response_url"), r => r.Count > 0);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(replies);
        Assert.Equal("ephemeral", reply.Arguments["response_type"]!.GetValue<string>());
        Assert.Contains("start", reply.Arguments["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chatter_and_reactions_in_the_bound_channel_make_people_members_without_a_reply()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();
        await PostAsync(http, "/api/slack/events", SlackPayloads.Mention("start Warm Homes"));
        await Eventually.WaitForAsync(() => Posts("C00FAKECHAN1"), p => p.Count == 1);
        var chatter = Fixtures.Json("event_callback-message_channels.json");
        chatter["team_id"] = "T00FAKE00AA";
        chatter["authorizations"]![0]!["team_id"] = "T00FAKE00AA";
        chatter["event"]!["channel"] = "C00FAKECHAN1";
        chatter["event"]!["user"] = "U00FAKEUSER5";
        var reaction = Fixtures.Json("event_callback-reaction_added.json");
        reaction["event_id"] = "Ev00FAKE0066";
        reaction["event"]!["user"] = "U00FAKEUSER6";

        await PostAsync(http, "/api/slack/events", chatter.ToJsonString());
        await PostAsync(http, "/api/slack/events", reaction.ToJsonString());
        await SlashAsync(http, await SlackPayloads.SlashAsync("T00FAKE00AA", "C00FAKECHAN1", "U00FAKEUSER1", "status"));
        var status = await Eventually.WaitForAsync(() => _slack.CallsTo("chat.postEphemeral").Where(c => c.Succeeded).ToList(), c => c.Count > 0);

        var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var card = status[0].Arguments["blocks"]!.ToJsonString(relaxed);
        Assert.StartsWith("Status of Warm Homes: Understand, 3 members.", status[0].Arguments["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("<@U00FAKEUSER5>", card, StringComparison.Ordinal);
        Assert.Contains("<@U00FAKEUSER6>", card, StringComparison.Ordinal);
        Assert.Single(Posts("C00FAKECHAN1"));
    }

    [Fact]
    public async Task Workspace_installed_by_oauth_is_answered_with_its_own_token_until_it_uninstalls()
    {
        _slack.AcceptToken("test-token-installed-by-oauth");
        using var keyRing = TestKeyRingCertificate.Create();
        await using var app = new SlackHostApp(_database, _slack, new Dictionary<string, string?>(keyRing.HostSettings())
        {
            ["Slack:BotToken"] = "",
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret-made-at-test-time",
            ["PublicBaseUrl"] = "https://collabbot.example.org",
        });
        var http = app.Http();
        var install = await http.GetAsync("/api/slack/install");
        var state = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(install.Headers.Location!.Query)["state"].ToString();
        var cookie = install.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var callback = new HttpRequestMessage(HttpMethod.Get, $"/api/slack/oauth/callback?code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}");
        callback.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(callback)).StatusCode);

        var mention = System.Text.Json.Nodes.JsonNode.Parse(SlackPayloads.Mention("start Installed"))!;
        mention["team_id"] = "T00INSTALL1";
        mention["authorizations"]![0]!["team_id"] = "T00INSTALL1";
        await PostAsync(http, "/api/slack/events", mention.ToJsonString());
        var reply = (await Eventually.WaitForAsync(() => Posts("C00FAKECHAN1"), p => p.Count > 0)).Single();
        var uninstalled = await PostAsync(http, "/api/slack/events", SlackPayloads.Uninstalled("T00INSTALL1"));
        var state2 = app.Services.GetRequiredService<CollabBot.Conversations.Storage.IChannelStateStore>();

        Assert.Equal("test-token-installed-by-oauth", reply.Token);
        Assert.Equal(HttpStatusCode.OK, uninstalled.StatusCode);
        Assert.Null(await state2.GetAsync(CollabBot.Domain.Platform.Slack, "team/T00INSTALL1/installation", default));
    }
}

public sealed class SqliteSlackHostJourney() : SlackHostJourney(DatabaseProvider.Sqlite);

public sealed class PostgresSlackHostJourney() : SlackHostJourney(DatabaseProvider.Postgres);
