using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CollabBot.Testing.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Testing.Fakes;

/// <summary>
/// The one stand-in for Microsoft's side, on loopback (real Kestrel on 127.0.0.1:0): the OpenID metadata and JWKS of
/// login.botframework.com, the Entra token endpoint and the Bot Connector (see FakeBotFramework.Connector.cs). Each
/// instance publishes its metadata under a fresh path, because the adapter caches metadata process-wide per URL.
/// </summary>
public sealed partial class FakeBotFramework : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<IFormCollection> _tokenForms = new();
    private volatile SigningKey[] _keys;
    private int _tokenRequests;
    private int _metadataRequests;

    private FakeBotFramework(WebApplication app, SigningKey[] keys)
    {
        _app = app;
        _keys = keys;
    }

    public string BaseUrl { get; private set; } = "";
    public string MetadataUrl => $"{BaseUrl}/{_id}/v1/.well-known/openidconfiguration";
    public string LoginUrl => $"{BaseUrl}/login/botframework.com";
    public string ServiceUrl => $"{BaseUrl}/connector/";

    /// <summary>The token the token endpoint hands out, and the only one the Connector takes.</summary>
    public string AccessToken => $"fake-access-token-{_id}";
    public int TokenRequests => _tokenRequests;
    public int MetadataRequests => _metadataRequests;
    public bool FailMetadata { get; set; }
    public IReadOnlyList<IFormCollection> TokenForms => [.. _tokenForms];

    public static async Task<FakeBotFramework> StartAsync(params SigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotFramework(app, keys);
        fake.MapLogin(app);
        fake.MapConnector(app);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    public void PublishKeys(params SigningKey[] keys) => _keys = keys;

    /// <summary>Waits until the predicate holds over the recorded Connector requests, and returns them; fails at the timeout.</summary>
    public Task<IReadOnlyList<ConnectorRequest>> WaitForAsync(Func<IReadOnlyList<ConnectorRequest>, bool> done, TimeSpan? timeout = null) =>
        Eventually.WaitForAsync(() => Requests, done, timeout, all => $"{all.Count} Connector request(s): " + string.Join("; ", all.Select(r => $"{r.Method} {r.Path}")));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapLogin(WebApplication app)
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
            : Results.Json(new JsonObject { ["keys"] = new JsonArray([.. _keys.Select(k => (JsonNode)k.ToJwk())]) }));
        app.MapPost("/login/botframework.com/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            _tokenForms.Enqueue(await request.ReadFormAsync());
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = AccessToken });
        });
    }
}
