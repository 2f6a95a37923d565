using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>
/// Microsoft's side on loopback (real Kestrel on 127.0.0.1:0): the OpenID metadata + JWKS of
/// login.botframework.com, the Entra token endpoint and the Bot Connector. Each instance publishes its metadata
/// under a fresh path, because the adapter caches metadata process-wide per URL.
/// </summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);
    private volatile SigningKey[] _keys;
    private int _tokenRequests;
    private int _metadataRequests;
    private int _nextId;

    private FakeBotFramework(WebApplication app, SigningKey[] keys)
    {
        _app = app;
        _keys = keys;
    }

    public string BaseUrl { get; private set; } = "";
    public string MetadataUrl => $"{BaseUrl}/{_id}/v1/.well-known/openidconfiguration";
    public string LoginUrl => $"{BaseUrl}/login/botframework.com";
    public string ServiceUrl => $"{BaseUrl}/connector/";
    public string AccessToken => $"fake-access-token-{_id}";
    public int TokenRequests => _tokenRequests;
    public int MetadataRequests => _metadataRequests;
    public bool FailMetadata { get; set; }
    public IReadOnlyList<IFormCollection> TokenForms => _tokenForms.ToList();
    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToList();

    private readonly ConcurrentQueue<IFormCollection> _tokenForms = new();
    private readonly ConcurrentDictionary<string, string> _createdChats = new(StringComparer.Ordinal);

    public static async Task<FakeBotFramework> StartAsync(params SigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFramework(app, keys);
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    public void PublishKeys(params SigningKey[] keys) => _keys = keys;

    /// <summary>The next calls to this conversation (or "create" for POST v3/conversations) get these answers, in order.</summary>
    public void Script(string conversationIdOrCreate, params ScriptedAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(conversationIdOrCreate, _ => new ConcurrentQueue<ScriptedAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public IReadOnlyList<ConnectorRequest> ActivitiesTo(string conversationId) =>
        Requests.Where(r => r.ConversationId == conversationId && r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<ConnectorRequest> Creations() => Requests.Where(r => r.Path == "/connector/v3/conversations").ToList();

    /// <summary>The 1:1 chat id this fake answered when asked to open a chat with the user.</summary>
    public string? CreatedChatFor(string userId) => _createdChats.TryGetValue(userId, out var id) ? id : null;

    /// <summary>Waits until the predicate holds over the recorded requests, and returns them; fails at the timeout.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(Func<IReadOnlyList<ConnectorRequest>, bool> done, TimeSpan? timeout = null) =>
        Eventually.WaitForAsync(() => Requests, done, timeout, all => $"{all.Count} Connector request(s): " + string.Join("; ", all.Select(r => $"{r.Method} {r.Path}")));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        app.MapGet($"/{_id}/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _metadataRequests);
            return FailMetadata
                ? Results.StatusCode(500)
                : Results.Json(new JsonObject
                {
                    ["issuer"] = ChannelTokens.Issuer,
                    ["authorization_endpoint"] = "https://invalid.botframework.example/v1/auth",
                    ["jwks_uri"] = $"{BaseUrl}/{_id}/v1/.well-known/keys",
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                    ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
                });
        });
        app.MapGet($"/{_id}/v1/.well-known/keys", () => FailMetadata
            ? Results.StatusCode(500)
            : Results.Json(new JsonObject { ["keys"] = new JsonArray(_keys.Select(k => (JsonNode)k.ToJwk()).ToArray()) }));
        app.MapPost("/login/botframework.com/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            _tokenForms.Enqueue(await request.ReadFormAsync());
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = AccessToken });
        });
        app.MapPost("/connector/v3/conversations", (Delegate)((HttpContext context) => RecordAsync(context, null, "create")));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) =>
            RecordAsync(context, Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(conversationId)));
        app.MapPut("/connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            RecordUpdateAsync(context, conversationId, activityId));
    }

    private async Task<IResult> RecordUpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        _requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Request.Path.Value ?? "", Uri.UnescapeDataString(conversationId),
            context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow));
        return Results.Json(new JsonObject { ["id"] = Uri.UnescapeDataString(activityId) });
    }

    private async Task<IResult> RecordAsync(HttpContext context, string? conversationId, string scriptKey)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        _requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Request.Path.Value ?? "", conversationId,
            context.Request.Headers.Authorization.ToString(), body, DateTimeOffset.UtcNow));
        if (_scripts.TryGetValue(scriptKey, out var queue) && queue.TryDequeue(out var answer) && answer.Status >= 300)
        {
            if (answer.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = answer.ErrorCode ?? "Throttled", ["message"] = "scripted" } },
                statusCode: answer.Status);
        }

        var id = Interlocked.Increment(ref _nextId);
        if (conversationId is null)
        {
            var chat = $"a:created-{id}";
            if ((string?)body?["members"]?[0]?["id"] is { } member)
            {
                _createdChats[member] = chat;
            }

            return Results.Json(new JsonObject { ["id"] = chat }, statusCode: 201);
        }

        return Results.Json(new JsonObject { ["id"] = $"1{id:D12}" }, statusCode: 201);
    }
}
