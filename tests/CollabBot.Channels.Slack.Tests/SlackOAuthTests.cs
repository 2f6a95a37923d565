using System.Net;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Domain;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests;

/// <summary>OAuth v2 install against the fake Slack: state verification, code exchange, encrypted storage, uninstall.</summary>
public sealed class SlackOAuthTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private SlackAdapterHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _host = await SlackAdapterHost.StartAsync(_slack, new Dictionary<string, string?>
        {
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret-made-at-test-time",
            ["PublicBaseUrl"] = PublicBaseUrl,
        });
    }

    private const string PublicBaseUrl = "https://collabbot.example.org";

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private async Task<(string State, string Cookie, Uri Location)> StartInstallAsync(string? hostHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/slack/install");
        if (hostHeader is not null)
        {
            request.Headers.Host = hostHeader;
        }

        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var state = QueryHelpers.ParseQuery(location.Query)["state"].ToString();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("collabbot_slack_oauth=", StringComparison.Ordinal)).Split(';')[0];
        return (state, cookie, location);
    }

    private Task<HttpResponseMessage> CallbackAsync(string query, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/slack/oauth/callback?{query}");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Install_redirects_to_slack_with_the_client_id_scopes_and_a_state()
    {
        var (state, _, location) = await StartInstallAsync();

        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("https://slack.com/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Equal("1234.5678", query["client_id"].ToString());
        Assert.Contains("chat:write", query["scope"].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("/api/slack/oauth/callback", query["redirect_uri"].ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(state);
    }

    [Fact]
    public async Task The_redirect_uri_comes_from_the_public_base_url_never_from_the_host_header()
    {
        var (state, cookie, location) = await StartInstallAsync(hostHeader: "attacker.example");
        await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);

        const string expected = PublicBaseUrl + "/api/slack/oauth/callback";
        Assert.Equal(expected, QueryHelpers.ParseQuery(location.Query)["redirect_uri"].ToString());
        Assert.Equal(expected, Assert.Single(_slack.CallsTo("oauth.v2.access")).Arguments["redirect_uri"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_state_cookie_is_secure_when_the_public_address_is_https_even_behind_a_plain_http_tunnel()
    {
        var response = await _host.Client.GetAsync("/api/slack/install");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("collabbot_slack_oauth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_state_is_used_once_a_replayed_callback_exchanges_nothing()
    {
        var (state, cookie, _) = await StartInstallAsync();
        var query = $"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}";

        var first = await CallbackAsync(query, cookie);
        var replayed = await CallbackAsync(query, cookie);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest), (first.StatusCode, replayed.StatusCode));
        Assert.Contains("already used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_slack.CallsTo("oauth.v2.access"));
    }

    public static TheoryData<int, string, string> UnexpectedAnswers() => new()
    {
        { 200, "text/html", "<html><body>Gateway says hello</body></html>" },
        { 200, "application/json", "{\"ok\":false}" },
        { 200, "application/json", "{\"ok\":false,\"error\":42,\"response_metadata\":{\"messages\":\"not a list\"}}" },
        { 200, "application/json", "{\"ok\":true,\"team\":{\"id\":\"T00INSTALL1\"}}" },
        { 200, "application/json", "{\"ok\":true,\"access_token\":\"test-token-made-up\"}" },
        { 200, "application/json", "[1,2,3]" },
        { 500, "text/plain", "upstream error" },
    };

    [Theory]
    [MemberData(nameof(UnexpectedAnswers))]
    public async Task An_unexpected_answer_from_oauth_v2_access_is_a_clear_502_and_stores_nothing(int status, string contentType, string body)
    {
        _slack.OAuthRawAnswer = (status, contentType, body);
        var (state, cookie, _) = await StartInstallAsync();

        var response = await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("Slack", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.State.Entries.Keys, k => k.Item2.EndsWith("/installation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_exchanges_the_code_and_stores_the_token_encrypted()
    {
        var (state, cookie, _) = await StartInstallAsync();

        var response = await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exchange = Assert.Single(_slack.CallsTo("oauth.v2.access"));
        Assert.Equal(("1234.5678", "code-from-slack"), (exchange.Arguments["client_id"]!.GetValue<string>(), exchange.Arguments["code"]!.GetValue<string>()));
        var stored = _host.State.Entries[(Platform.Slack, "team/T00INSTALL1/installation")];
        Assert.DoesNotContain("test-token-installed-by-oauth", stored, StringComparison.Ordinal);
        var installation = await _host.Services.GetRequiredService<SlackInstallationStore>().FindAsync("T00INSTALL1", null, default);
        Assert.Equal(("test-token-installed-by-oauth", "U00FAKEBOT01"), (installation!.BotToken, installation.BotUserId));
    }

    [Theory]
    [InlineData("forged-state", true)]
    [InlineData(null, false)]
    public async Task Callback_with_a_forged_state_or_from_another_browser_exchanges_nothing(string? forged, bool withCookie)
    {
        var (state, cookie, _) = await StartInstallAsync();

        var response = await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(forged ?? state)}", withCookie ? cookie : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_slack.CallsTo("oauth.v2.access"));
        Assert.DoesNotContain(_host.State.Entries.Keys, k => k.Item2.EndsWith("/installation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_after_the_state_expired_exchanges_nothing()
    {
        var (state, cookie, _) = await StartInstallAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(11));

        var response = await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Code_slack_refuses_stores_nothing()
    {
        var (state, cookie, _) = await StartInstallAsync();

        var response = await CallbackAsync($"code=stale-code&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.State.Entries.Keys, k => k.Item2.EndsWith("/installation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("app_uninstalled", null)]
    [InlineData("tokens_revoked", "{\"oauth\":[],\"bot\":[\"U00FAKEBOT01\"]}")]
    public async Task Uninstall_events_remove_everything_stored_for_the_workspace(string eventType, string? tokens)
    {
        var (state, cookie, _) = await StartInstallAsync();
        await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);
        await _host.Services.GetRequiredService<UnreachableTargets>().MarkAsync("T00INSTALL1", "CGONE", "channel_not_found", default);
        await _host.Services.GetRequiredService<UnreachableTargets>().MarkAsync("T00OTHER", "CGONE", "channel_not_found", default);
        var tokensJson = tokens is null ? "" : $",\"tokens\":{tokens}";
        var body = $$$"""{"team_id":"T00INSTALL1","api_app_id":"A00FAKEAPP01","type":"event_callback","event_id":"Ev0UNINSTALL","event_time":1772518400,"event":{"type":"{{{eventType}}}"{{{tokensJson}}},"event_ts":"1772518400.000100"}}""";

        var response = await _host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", body, SlackAdapterHost.Secret, _host.Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _host.Services.GetRequiredService<SlackInstallationStore>().FindAsync("T00INSTALL1", null, default));
        Assert.Equal(["team/T00OTHER/unreachable/CGONE/"], WorkspaceKeys());
    }

    [Fact]
    public async Task Org_wide_install_is_stored_by_enterprise_serves_its_workspaces_and_is_removed_on_uninstall()
    {
        _slack.OAuthAnswer["team"] = null;
        _slack.OAuthAnswer["enterprise"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "E00ORG", ["name"] = "Org" };
        _slack.OAuthAnswer["is_enterprise_install"] = true;
        var (state, cookie, _) = await StartInstallAsync();
        await CallbackAsync($"code={_slack.OAuthCode}&state={Uri.EscapeDataString(state)}", cookie);
        var store = _host.Services.GetRequiredService<SlackInstallationStore>();
        var servedBefore = await store.FindAsync("T00ANYWORKSPACE", "E00ORG", default);
        var body = """{"enterprise_id":"E00ORG","api_app_id":"A00FAKEAPP01","type":"event_callback","event_id":"Ev0ORGGONE","event_time":1772518400,"authorizations":[{"enterprise_id":"E00ORG","team_id":null,"user_id":"U00FAKEBOT01","is_bot":true,"is_enterprise_install":true}],"event":{"type":"app_uninstalled","event_ts":"1772518400.000100"}}""";

        var response = await _host.Client.SendAsync(SlackRequestSigner.Signed("/api/slack/events", body, SlackAdapterHost.Secret, _host.Now));

        Assert.Equal("test-token-installed-by-oauth", servedBefore?.BotToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await store.FindAsync("T00ANYWORKSPACE", "E00ORG", default));
        Assert.Empty(WorkspaceKeys());
    }

    /// <summary>What is stored about workspaces (the used OAuth states are the app's own, not a workspace's).</summary>
    private IEnumerable<string> WorkspaceKeys() =>
        _host.State.Entries.Keys.Select(k => k.Item2).Where(k => !k.StartsWith("oauth/", StringComparison.Ordinal));
}
