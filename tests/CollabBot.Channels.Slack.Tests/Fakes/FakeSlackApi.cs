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

namespace CollabBot.Channels.Slack.Tests.Fakes;

/// <summary>
/// A stand-in for slack.com/api on a real Kestrel socket (127.0.0.1, any free port). It behaves like
/// Slack where the adapter depends on it: Bearer tokens are checked (<c>invalid_auth</c>), failures are
/// <c>{"ok":false,"error":...}</c> on HTTP 200, and limits per method or per channel answer 429 with
/// Retry-After (PROTOCOLS.md §3.1-3.2). Every request is recorded.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, byte> _tokens = new();
    private readonly ConcurrentDictionary<string, string> _channelErrors = new();
    private readonly ConcurrentDictionary<string, Queue<int>> _statusScript = new();
    private readonly FakeSlackLimits _limits = new();
    private readonly ConcurrentDictionary<string, string> _posted = new();
    private readonly ConcurrentDictionary<string, FakeSlackFile> _files = new();
    private long _ts = 1_700_000_000_000100;

    private FakeSlackApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Stands for https://hooks.slack.com/: where response_url posts go.</summary>
    public Uri HooksUrl { get; private set; } = null!;

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    public FakeSlackLimits Limits => _limits;

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

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
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
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Record(method, token, arguments, 429, "ratelimited", Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429));
        }

        if (channel is not null && _channelErrors.TryGetValue(channel, out var channelError))
        {
            return Record(method, token, arguments, 200, channelError, Error(channelError));
        }

        var (error, answer) = Answer(method, arguments);
        var ts = answer["ts"]?.GetValue<string>() ?? answer["message_ts"]?.GetValue<string>();
        return Record(method, token, arguments, 200, error, error is null ? Results.Json(answer) : Error(error), ts);
    }

    private (string? Error, JsonObject Answer) Answer(string method, JsonObject arguments)
    {
        var ts = $"{Interlocked.Increment(ref _ts) / 1_000_000}.{Interlocked.Read(ref _ts) % 1_000_000:D6}";
        return method switch
        {
            "chat.postMessage" when arguments["text"] is null && arguments["blocks"] is null => ("no_text", new JsonObject()),
            "chat.postMessage" when arguments["blocks"] is JsonArray { Count: > 50 } => ("invalid_blocks", new JsonObject()),
            "chat.postMessage" => Posted(arguments, ts),
            "chat.update" when arguments["ts"]?.GetValue<string>() is { } original && _posted.TryGetValue(original, out var where) && where == arguments["channel"]?.GetValue<string>() =>
                (null, new JsonObject { ["ok"] = true, ["channel"] = where, ["ts"] = original, ["text"] = arguments["text"]?.DeepClone() }),
            "chat.update" => ("message_not_found", new JsonObject()),
            "chat.postEphemeral" when arguments["user"] is null => ("user_not_in_channel", new JsonObject()),
            "chat.postEphemeral" => (null, new JsonObject { ["ok"] = true, ["message_ts"] = ts }),
            "conversations.open" => (null, new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = $"D{arguments["users"]}" } }),
            "views.publish" when arguments["view"] is JsonObject { } view && view["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00HOME" } }),
            "views.publish" => ("invalid_arguments", new JsonObject()),
            "views.open" when arguments["trigger_id"] is null => ("invalid_trigger_id", new JsonObject()),
            "views.open" when arguments["view"] is JsonObject { } modal && modal["title"]?["text"]?.GetValue<string>().Length <= 24
                && modal["private_metadata"]?.GetValue<string>().Length <= 3000 && modal["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00MODAL" } }),
            "views.open" => ("invalid_arguments", new JsonObject()),
            "views.update" when arguments["view_id"]?.GetValue<string>() != "V00MODAL" => ("not_found", new JsonObject()),
            "views.update" when arguments["view"] is JsonObject { } updated && updated["title"]?["text"]?.GetValue<string>().Length <= 24
                && updated["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00MODAL" } }),
            "views.update" => ("invalid_arguments", new JsonObject()),
            "files.getUploadURLExternal" => Reserve(arguments),
            "files.completeUploadExternal" => Complete(arguments),
            "oauth.v2.access" when arguments["code"]?.GetValue<string>() == OAuthCode && arguments["client_secret"] is not null => (null, OAuthAnswer),
            "oauth.v2.access" => ("invalid_code", new JsonObject()),
            _ => ("unknown_method", new JsonObject()),
        };
    }

    private (string? Error, JsonObject Answer) Reserve(JsonObject arguments)
    {
        var name = arguments["filename"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name) || !long.TryParse(arguments["length"]?.GetValue<string>(), out var length) || length <= 0)
        {
            return ("missing_argument", new JsonObject());
        }

        var id = $"F{Interlocked.Increment(ref _ts) % 100_000_000:D8}";
        _files[id] = new FakeSlackFile(id, name, length);
        return (null, new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, $"../upload/{id}").ToString(), ["file_id"] = id });
    }

    /// <summary>Shares uploaded files; like Slack, a file whose bytes never arrived (or were the wrong length) is refused.</summary>
    private (string? Error, JsonObject Answer) Complete(JsonObject arguments)
    {
        var files = arguments["files"] switch
        {
            JsonArray array => array,
            JsonValue text when text.TryGetValue<string>(out var json) => JsonNode.Parse(json) as JsonArray,
            _ => null,
        };
        if (files is null || files.Count == 0)
        {
            return ("invalid_arguments", new JsonObject());
        }

        var shared = new JsonArray();
        foreach (var entry in files)
        {
            var id = entry?["id"]?.GetValue<string>();
            if (id is null || !_files.TryGetValue(id, out var file) || file.Bytes is null || file.Bytes.Length != file.Length)
            {
                return ("file_not_found", new JsonObject());
            }

            file.Shared(arguments["channel_id"]?.GetValue<string>(), arguments["initial_comment"]?.GetValue<string>(), entry!["title"]?.GetValue<string>());
            shared.Add(new JsonObject { ["id"] = id, ["name"] = file.Name, ["title"] = file.Title });
        }

        return (null, new JsonObject { ["ok"] = true, ["files"] = shared });
    }

    private async Task<IResult> ReceiveUploadAsync(string fileId, HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        if (!_files.TryGetValue(fileId, out var file))
        {
            return Record("file upload", null, [], 404, "file_not_found", Results.NotFound());
        }

        file.Uploaded(buffer.ToArray(), http.Request.ContentType, http.Request.Headers.Authorization.ToString());
        return Record("file upload", null, new JsonObject { ["file_id"] = fileId }, 200, null, Results.Text($"OK - {buffer.Length}"));
    }

    private (string? Error, JsonObject Answer) Posted(JsonObject arguments, string ts)
    {
        _posted[ts] = arguments["channel"]!.GetValue<string>();
        return (null, new JsonObject { ["ok"] = true, ["channel"] = arguments["channel"]?.DeepClone(), ["ts"] = ts });
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
