using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Operations.Tests.Wire;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>
/// Malformed and hostile requests against every public endpoint of a real host process, with valid signatures and
/// tokens so the body parsing is reached: never a 5xx, the host stays up, a rejected request writes nothing, and
/// markup people type comes back escaped.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class FuzzFacts : IAsyncLifetime
{
    private const string Tables = "SELECT concat_ws(',', (SELECT count(*) FROM inbox), (SELECT count(*) FROM inbox WHERE \"CompletedAt\" IS NOT NULL), " +
        "(SELECT count(*) FROM outbox), (SELECT count(*) FROM handled_turns), " +
        "(SELECT count(*) FROM participation_signals), (SELECT count(*) FROM workspaces), (SELECT count(*) FROM collaborations), (SELECT count(*) FROM members), " +
        "(SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs'), (SELECT count(*) FROM hangfire.hash WHERE key = 'recurring-job:daily-scan' AND field = 'LastJobId'))";

    private const string OperatorPassword = "operator-password-made-at-test-time";

    private readonly List<string> _serverErrors = [];
    private SlackRig _rig = null!;
    private SigningKey _key = null!;
    private FakeBotFramework _teams = null!;
    private HostProcess _host = null!;
    private HttpClient _http = null!;
    private TestKeyRingCertificate _keyRing = null!;
    private string _appId = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _rig = await SlackRig.StartAsync("fuzz");
        _key = new SigningKey("fuzz-key", "msteams");
        _teams = await FakeBotFramework.StartAsync(_key);
        _appId = Guid.NewGuid().ToString();
        _keyRing = TestKeyRingCertificate.Create();
        _host = await _rig.StartHostAsync(new Dictionary<string, string?>(_keyRing.HostSettings())
        {
            ["PublicBaseUrl"] = "https://collabbot.example.org",
            ["Teams:AllowedServiceUrls:0"] = _teams.ServiceUrl,
            ["Playground:Enabled"] = "true",
            ["Slack:ClientId"] = "1234.5678",
            ["Slack:ClientSecret"] = "client-secret-made-at-test-time",
            ["MicrosoftAppId"] = _appId,
            ["MicrosoftAppPassword"] = "teams-password-made-at-test-time",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _teams.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _teams.LoginUrl,
            ["Scheduling:DashboardUser"] = "operator",
            ["Scheduling:DashboardPassword"] = OperatorPassword,
        });
        _http = _host.Http();
        _token = ChannelTokens.Create(_key, _appId, _teams.ServiceUrl, DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _rig.DisposeAsync();
        await _teams.DisposeAsync();
        _key.Dispose();
        _keyRing.Dispose();
    }

    [Fact]
    public async Task Malformed_bodies_on_every_endpoint_get_no_5xx_and_write_nothing()
    {
        var before = await CheckInTeam.TextAsync(_rig, Tables);
        var slackEvent = SlackWire.Mention("CFUZZ", "UFUZZ", "start Fuzz", "EvFUZZ0001");
        var teamsMessage = TeamsWire.Message(_teams.ServiceUrl, _appId, "a:fuzz", "29:fuzz-user", "start Fuzz").ToJsonString();
        var playground = """{"conversationId":"fuzz","userId":"ana","userName":"Ana","text":"start Fuzz"}""";

        foreach (var (name, body) in HostileBodies.Json(slackEvent))
        {
            await SendAsync($"slack events: {name}", SlackWire.Signed("/api/slack/events", body, SlackRig.Secret, "application/json"));
            await SendAsync($"teams: {name}", TeamsWire.Post(_token, body));
            await SendAsync($"teams as text/plain: {name}", TeamsWire.Post(_token, body, "text/plain"));
            foreach (var path in new[] { "/api/playground/messages", "/api/playground/actions", "/api/playground/clock" })
            {
                await SendAsync($"{path}: {name}", Raw(HttpMethod.Post, path, body, "application/json"));
            }

            foreach (var path in new[] { "/healthz", "/readyz", "/metrics", "/images/x", "/api/slack/install", "/api/slack/oauth/callback" })
            {
                await SendAsync($"POST {path}: {name}", Raw(HttpMethod.Post, path, body, "application/json"));
            }
        }

        foreach (var (name, body) in HostileBodies.Form())
        {
            foreach (var path in new[] { "/api/slack/commands", "/api/slack/interactions", "/api/slack/events" })
            {
                await SendAsync($"{path}: {name}", SlackWire.Signed(path, body, SlackRig.Secret, "application/x-www-form-urlencoded"));
            }
        }

        foreach (var (name, body) in HostileBodies.Json(playground))
        {
            await SendAsync($"slack commands as JSON: {name}", SlackWire.Signed("/api/slack/commands", body, SlackRig.Secret, "application/json"));
        }

        foreach (var query in Queries())
        {
            await SendAsync($"GET {query}", new HttpRequestMessage(HttpMethod.Get, query));
        }

        // The operator pages, also with the operator's credential so the hostile input reaches them; the dashboard is
        // read-only outside Development, so its commands must neither fail nor act.
        foreach (var query in OperatorQueries())
        {
            await SendAsync($"GET {query}", new HttpRequestMessage(HttpMethod.Get, query));
            await SendAsync($"GET {query} as the operator", AsOperator(new HttpRequestMessage(HttpMethod.Get, query)));
        }

        foreach (var (name, body) in HostileBodies.Form().Concat(HostileBodies.DashboardCommands()))
        {
            foreach (var path in new[] { "/hangfire/recurring/trigger", "/hangfire/recurring/remove", "/hangfire/jobs/enqueued/delete", "/hangfire/jobs/failed/requeue" })
            {
                await SendAsync($"{path} as the operator: {name}", AsOperator(Raw(HttpMethod.Post, path, body, "application/x-www-form-urlencoded")));
            }
        }

        await SendAsync("slack: timestamp not a number", WithHeader(SlackWire.Event(SlackRig.Secret, slackEvent), "X-Slack-Request-Timestamp", "NaN"));
        await SendAsync("slack: signature of another body", WithBody(SlackWire.Event(SlackRig.Secret, slackEvent), "{}"));
        await SendAsync("teams: token of another app", TeamsWire.Post(ChannelTokens.Create(_key, Guid.NewGuid().ToString(), _teams.ServiceUrl, DateTimeOffset.UtcNow), JsonNode.Parse(teamsMessage)!));
        await SendAsync("teams: garbage bearer", TeamsWire.Post(new string('A', 16_000), JsonNode.Parse(teamsMessage)!));
        // Every request above was answered, and a turn is stored before its answer: had any been taken in, the inbox
        // in the table dump below would show it, whenever its handling ran. So no wait is needed before asserting.

        Assert.True(_serverErrors.Count == 0, string.Join("\n", _serverErrors) + "\n" + _rig.OutputTail());
        Assert.Equal(before, await CheckInTeam.TextAsync(_rig, Tables));
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
        Assert.False(_host.HasExited);
    }

    [Fact]
    public async Task The_operator_pages_name_what_was_wrong_with_a_request()
    {
        foreach (var (query, problem) in new[]
        {
            ("/ops/outbox/parked?max=abc", "max is a whole number from 1 to 1000."),
            ("/ops/outbox/parked?max=99999999999", "max is a whole number from 1 to 1000."),
            ("/hangfire/jobs/details/%FF%FE", "A job id is a number"),
        })
        {
            using var response = await _http.SendAsync(AsOperator(new HttpRequestMessage(HttpMethod.Get, query)));

            Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hostile_but_well_formed_input_gets_no_5xx_and_markup_comes_back_escaped()
    {
        const string Injected = "<!channel><!here><!everyone> <https://e.example|go> <script>x</script> <at>All</at>";
        await SendAsync("slack: injection", SlackWire.Command(SlackRig.Secret, "CINJECT", "UFUZZ", $"start {Injected}"));
        await SendAsync("teams: injection", TeamsWire.Post(_token, TeamsWire.Message(_teams.ServiceUrl, _appId, "a:inject", "29:fuzz-user", $"start {Injected}")));
        var slackReply = await Eventually.TrueAsync(() => Replies("CINJECT") > 0, TimeSpan.FromSeconds(30));
        var teamsReply = await Eventually.TrueAsync(() => _teams.ActivitiesTo("a:inject").Count > 0, TimeSpan.FromSeconds(30));

        // Then 1 MB strings in valid envelopes; the worker must still answer the next command in time.
        var huge = new string('w', 1 << 20);
        await SendAsync("slack: 1 MB mention", SlackWire.Event(SlackRig.Secret, SlackWire.Mention("CBIG", "UFUZZ", huge, "EvFUZZBIG01")));
        await SendAsync("slack: 1 MB command", SlackWire.Command(SlackRig.Secret, "CBIG", "UFUZZ", huge));
        await SendAsync("teams: 1 MB message", TeamsWire.Post(_token, TeamsWire.Message(_teams.ServiceUrl, _appId, "a:big", "29:fuzz-user", huge)));
        await SendAsync("playground: 1 MB message", Raw(HttpMethod.Post, "/api/playground/messages",
            Encoding.UTF8.GetBytes(new JsonObject { ["conversationId"] = "big", ["userId"] = "ana", ["userName"] = huge, ["text"] = huge }.ToJsonString()), "application/json"));

        await SendAsync("slack: command after the big ones", SlackWire.Command(SlackRig.Secret, "CAFTER", "UFUZZ", "start After"));
        var stillAnswering = await Eventually.TrueAsync(() => Replies("CAFTER") > 0, TimeSpan.FromSeconds(30));

        Assert.Empty(_serverErrors);
        Assert.True(slackReply, "no Slack reply: " + _rig.OutputTail());
        Assert.True(stillAnswering, "no reply after the 1 MB inputs: " + _rig.OutputTail());
        Assert.True(teamsReply, "no Teams reply: " + string.Join('\n', _teams.Requests.Select(r => $"{r.Method} {r.Path}")) + _rig.OutputTail());
        var slack = string.Join('\n', _rig.Slack.Calls.Where(c => c.Method.StartsWith("chat.", StringComparison.Ordinal)).Select(c => c.Arguments.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Contains("&lt;!channel&gt;", slack, StringComparison.Ordinal);
        foreach (var ping in new[] { "<!channel>", "<!here", "<!everyone>", "<https://e.example|go>" })
        {
            Assert.DoesNotContain(ping, slack, StringComparison.Ordinal);
        }

        // Teams renders the card's TextBlocks as markdown: the markup must arrive backslash-escaped there.
        var cards = string.Join('\n', _teams.ActivitiesTo("a:inject").Select(r => r.Body?["attachments"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
        Assert.Contains("\\\\<script\\\\>", cards, StringComparison.Ordinal);
        Assert.DoesNotContain(" <script>", cards, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>All</at>", cards, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
        Assert.False(_host.HasExited);
    }

    private int Replies(string channel) => _rig.Slack.Calls.Count(c => c.Succeeded && c.Channel == channel && c.Method.StartsWith("chat.", StringComparison.Ordinal));

    private static IEnumerable<string> Queries() =>
    [
        "/api/playground/outbox?after=abc",
        "/api/playground/outbox?after=-1",
        "/api/playground/outbox?after=99999999999999999999999",
        "/api/playground/outbox?after=%FF%FE",
        "/api/playground/clock?x=" + new string('y', 4000),
        "/images/" + new string('A', 4000),
        "/images/..%2F..%2Fetc%2Fpasswd",
        "/images/%00",
        "/images/CfDJ8" + Convert.ToBase64String(new byte[300]).Replace('/', '_').Replace('+', '-'),
        "/api/slack/install?team=%FF&redirect_uri=javascript:alert(1)",
        "/api/slack/oauth/callback",
        "/api/slack/oauth/callback?code=x&state=" + new string('s', 4000),
        "/api/slack/oauth/callback?code=x&state=%FF%FE%00",
        "/api/slack/oauth/callback?error=access_denied&state=abc",
        "/healthz?%FF=%FE",
        "/readyz?" + new string('q', 4000),
        "/metrics?name[]=%00",
        "/api/messages",
        "/",
        "/?%FF=%FE&x=" + new string('x', 4000),
        "/files/" + new string('A', 4000),
        "/files/..%2F..%2Fetc%2Fpasswd",
        "/files/%2E%2E",
        "/files/%00",
        "/files/%FF%FE",
        "/files/CfDJ8" + Convert.ToBase64String(new byte[300]).Replace('/', '_').Replace('+', '-'),
    ];

    private static IEnumerable<string> OperatorQueries() =>
    [
        "/ops/outbox/parked?max=abc",
        "/ops/outbox/parked?max=-1",
        "/ops/outbox/parked?max=0",
        "/ops/outbox/parked?max=99999999999",
        "/ops/outbox/parked?max=%FF%FE",
        "/ops/outbox/parked?max=%00",
        "/ops/outbox/parked?max=1&max=2",
        "/ops/outbox/parked?max=" + new string('9', 4000),
        "/hangfire",
        "/hangfire/" + new string('h', 4000),
        "/hangfire/..%2F..%2Fetc%2Fpasswd",
        "/hangfire/jobs/details/%FF%FE",
        "/hangfire/jobs/details/99999999999999999999",
        "/hangfire/jobs/details/-1",
        "/hangfire/jobs/details/%00",
        "/hangfire/jobs/enqueued?from=abc&count=-1",
        "/hangfire/jobs/succeeded?from=-1&count=99999999999",
        "/hangfire/jobs/enqueued/%FF",
        "/hangfire/recurring?from=%00&count=abc",
        "/hangfire/stats?metrics[]=%FF",
        "/hangfire/servers",
        "/hangfire/retries?count=" + new string('9', 4000),
    ];

    private static HttpRequestMessage AsOperator(HttpRequestMessage request)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:" + OperatorPassword)));
        return request;
    }

    private async Task SendAsync(string name, HttpRequestMessage request)
    {
        using (request)
        {
            try
            {
                using var response = await _http.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    _serverErrors.Add($"{name}: {(int)response.StatusCode}");
                }
            }
            catch (HttpRequestException ex)
            {
                _serverErrors.Add($"{name}: connection failed ({ex.Message})");
            }
        }
    }

    private static HttpRequestMessage Raw(HttpMethod method, string path, byte[] body, string mediaType)
    {
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return request;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string header, string value)
    {
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
        return request;
    }

    private static HttpRequestMessage WithBody(HttpRequestMessage request, string body)
    {
        var type = request.Content!.Headers.ContentType;
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = type;
        return request;
    }
}
