using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Testing.Fakes;

/// <summary>
/// The one stand-in for slack.com/api (and hooks.slack.com) on a real Kestrel socket (127.0.0.1, any free port). It
/// behaves like Slack where the adapter depends on it: Bearer tokens are checked (<c>invalid_auth</c>), failures are
/// <c>{"ok":false,"error":...}</c> on HTTP 200, and Slack's documented limits (PROTOCOLS.md §3.1-3.2: chat.postMessage
/// one a second per channel, conversations.open 50 a minute, see <see cref="FakeSlackLimits"/>) answer 429 with
/// Retry-After and <c>ratelimited</c>. Faults (5xx for a while, or no answer at all) and held answers can be switched
/// on. Every request is recorded, and every accepted post once more as (channel, text, time).
/// </summary>
public sealed partial class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, byte> _tokens = new();
    private readonly ConcurrentDictionary<string, string> _channelErrors = new();
    private readonly ConcurrentDictionary<string, Queue<int>> _statusScript = new();
    private readonly FakeSlackLimits _limits = new();
    private readonly ConcurrentDictionary<string, string> _posted = new();
    private readonly ConcurrentDictionary<string, FakeSlackFile> _files = new();
    private readonly ConcurrentQueue<(string Channel, string Text, DateTimeOffset At)> _posts = new();
    private long _ts = 1_700_000_000_000100;
    private int _rateLimited;
    private int _faulted;

    private FakeSlackApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Stands for https://hooks.slack.com/: where response_url posts go.</summary>
    public Uri HooksUrl { get; private set; } = null!;

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public FakeSlackLimits Limits => _limits;

    /// <summary>Every accepted chat.postMessage: its channel, its text and when it arrived.</summary>
    public IReadOnlyList<(string Channel, string Text, DateTimeOffset At)> Posts => [.. _posts];

    /// <summary>How many calls were answered 429 for being over a limit.</summary>
    public int RateLimited => _rateLimited;

    /// <summary>How many calls met one of the <see cref="Faults"/>.</summary>
    public int Faulted => _faulted;

    /// <summary>Faults in order: each applies until its time, then the next (e.g. 500s for a while, then no answers).</summary>
    public IReadOnlyList<FakeFault> Faults { get; set; } = [];

    /// <summary>While set, a chat.postMessage is posted and its answer held until the task completes: the sender hears late.</summary>
    public Task? AnswersHeldUntil { get; set; }

    /// <summary>The code oauth.v2.access accepts, and the installation it answers with.</summary>
    public string OAuthCode { get; set; } = "code-from-slack";

    public JsonObject OAuthAnswer { get; set; } = new()
    {
        ["ok"] = true,
        ["access_token"] = "test-token-installed-by-oauth",
        ["token_type"] = "bot",
        ["scope"] = "chat:write,commands",
        ["bot_user_id"] = "U00FAKEBOT01",
        ["app_id"] = "A00FAKEAPP01",
        ["team"] = new JsonObject { ["id"] = "T00INSTALL1", ["name"] = "Acme" },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
    };

    /// <summary>When set, oauth.v2.access answers exactly this (status, content type, body) instead of <see cref="OAuthAnswer"/>.</summary>
    public (int Status, string ContentType, string Body)? OAuthRawAnswer { get; set; }

    /// <summary>Starts the fake; the <paramref name="tokens"/> are accepted as bot tokens (more with <see cref="AcceptToken"/>).</summary>
    public static async Task<FakeSlackApi> StartAsync(params string[] tokens)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        foreach (var token in tokens)
        {
            fake.AcceptToken(token);
        }

        app.MapPost("/api/{method}", (string method, HttpContext http) => fake.HandleAsync(method, http));
        app.MapPost("/upload/{fileId}", (string fileId, HttpContext http) => fake.ReceiveUploadAsync(fileId, http));
        app.MapPost("/hooks/{**path}", async (HttpContext http) =>
        {
            var arguments = await ReadArgumentsAsync(http.Request);
            return fake.Record("response_url", null, arguments, 200, null, Results.Json(new JsonObject { ["ok"] = true }));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = new Uri($"{address}/api/");
        fake.HooksUrl = new Uri($"{address}/hooks/");
        return fake;
    }

    public void AcceptToken(string token) => _tokens[token] = 0;

    public void RevokeToken(string token) => _tokens.TryRemove(token, out _);

    /// <summary>Every chat call to this channel fails with <paramref name="error"/> (channel_not_found, is_archived...).</summary>
    public void FailChannel(string channel, string error) => _channelErrors[channel] = error;

    public void HealChannel(string channel) => _channelErrors.TryRemove(channel, out _);

    /// <summary>The next calls of <paramref name="method"/> answer these HTTP statuses (e.g. 503), in order; 0 answers normally.</summary>
    public void ScriptStatuses(string method, params int[] statuses) => _statusScript[method] = new Queue<int>(statuses);

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>Files reserved with files.getUploadURLExternal, by file id: what was uploaded and where it was shared.</summary>
    public IReadOnlyDictionary<string, FakeSlackFile> Files => _files;

    private async Task<IResult> HandleAsync(string method, HttpContext http)
    {
        // Like Slack (and reported live), files.getUploadURLExternal reads form fields only; a JSON body lacks them.
        if (method == "files.getUploadURLExternal" && !http.Request.HasFormContentType)
        {
            return Record(method, null, [], 200, "invalid_arguments", Error("invalid_arguments"));
        }

        var arguments = await ReadArgumentsAsync(http.Request);
        var token = http.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        var now = DateTimeOffset.UtcNow;

        if (_statusScript.TryGetValue(method, out var script) && script.TryDequeue(out var status) && status != 0)
        {
            return Record(method, token, arguments, status, "scripted", Results.StatusCode(status));
        }

        if (Faults.FirstOrDefault(f => now < f.Until) is { } fault)
        {
            return await FaultAsync(method, token, arguments, fault, http.RequestAborted);
        }

        if (method != "oauth.v2.access" && (token is null || !_tokens.ContainsKey(token)))
        {
            return Record(method, token, arguments, 200, "invalid_auth", Error("invalid_auth"));
        }

        if (method == "oauth.v2.access" && OAuthRawAnswer is { } raw)
        {
            return Record(method, token, arguments, raw.Status, "raw", Results.Text(raw.Body, raw.ContentType, statusCode: raw.Status));
        }

        // files.completeUploadExternal names its channel channel_id.
        var channel = arguments["channel"]?.GetValue<string>() ?? arguments["channel_id"]?.GetValue<string>();
        if (_limits.Check(method, channel, now) is { } retryAfter)
        {
            Interlocked.Increment(ref _rateLimited);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Record(method, token, arguments, 429, "ratelimited", Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429));
        }

        if (channel is not null && _channelErrors.TryGetValue(channel, out var channelError))
        {
            return Record(method, token, arguments, 200, channelError, Error(channelError));
        }

        var (error, answer) = Answer(method, arguments);
        var ts = answer["ts"]?.GetValue<string>() ?? answer["message_ts"]?.GetValue<string>();
        var result = Record(method, token, arguments, 200, error, error is null ? Results.Json(answer) : Error(error), ts);
        if (method == "chat.postMessage" && error is null)
        {
            _posts.Enqueue((channel ?? "", arguments["text"]?.GetValue<string>() ?? "", now));
            if (AnswersHeldUntil is { } held)
            {
                await held;
            }
        }

        return result;
    }

    private async Task<IResult> FaultAsync(string method, string? token, JsonObject arguments, FakeFault fault, CancellationToken aborted)
    {
        Interlocked.Increment(ref _faulted);
        if (!fault.Hang)
        {
            return Record(method, token, arguments, fault.Status, "fault", Results.StatusCode(fault.Status));
        }

        // Slack never got to the message: the client times out and nothing was posted.
        try
        {
            await Task.Delay(fault.Until - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(11), aborted);
        }
        catch (OperationCanceledException)
        {
        }

        return Record(method, token, arguments, 503, "no answer", Results.StatusCode(503));
    }

    private IResult Record(string method, string? token, JsonObject arguments, int status, string? error, IResult result, string? ts = null)
    {
        _calls.Enqueue(new FakeSlackCall(method, token, arguments, status, error, DateTimeOffset.UtcNow, ts));
        return result;
    }

    private static IResult Error(string code) => Results.Json(new JsonObject { ["ok"] = false, ["error"] = code });

    private static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            return fields;
        }

        return await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
