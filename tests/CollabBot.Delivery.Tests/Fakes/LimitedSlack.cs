using System.Collections.Concurrent;
using System.Globalization;
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

namespace CollabBot.Delivery.Tests.Fakes;

/// <summary>
/// slack.com/api on loopback with Slack's documented limits (PROTOCOLS.md §3.2): chat.postMessage one a second per
/// channel, conversations.open 50 a minute (Tier 3) per workspace; over them it answers 429 with Retry-After and
/// <c>{"ok":false,"error":"ratelimited"}</c>. Channel errors and faults (5xx, no answer) can be switched on.
/// Every accepted post is recorded with its channel and text.
/// </summary>
public sealed class LimitedSlack : IAsyncDisposable
{
    public static readonly TimeSpan ChannelWindow = TimeSpan.FromSeconds(1);
    public static readonly (int Count, TimeSpan Window) Tier3 = (50, TimeSpan.FromMinutes(1));

    private readonly WebApplication _app;
    private readonly SlidingLimits _limits = new(TimeSpan.FromMilliseconds(50));
    private readonly ConcurrentDictionary<string, string> _channelErrors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Channel, string Text, DateTimeOffset At)> _posts = new();
    private long _ts = 1_700_000_000_000_000;
    private int _rateLimited;
    private int _faulted;

    private LimitedSlack(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    public string Token { get; }
    public Uri BaseUrl { get; private set; } = null!;
    public IReadOnlyList<(string Channel, string Text, DateTimeOffset At)> Posts => [.. _posts];
    public int RateLimited => _rateLimited;
    public int Faulted => _faulted;
    /// <summary>Faults in order: each applies until its time, then the next (e.g. 500s for a while, then no answers).</summary>
    public IReadOnlyList<FakeFault> Faults { get; set; } = [];
    /// <summary>While set, a chat.postMessage is posted and its answer held until the task completes: the sender hears late.</summary>
    public Task? AnswersHeldUntil { get; set; }

    public static async Task<LimitedSlack> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new LimitedSlack(app, token);
        app.MapPost("/api/{method}", (string method, HttpContext http) => fake.HandleAsync(method, http));
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/api/");
        return fake;
    }

    /// <summary>chat.postMessage to this channel answers <paramref name="error"/> (channel_not_found, is_archived...).</summary>
    public void FailChannel(string channel, string error) => _channelErrors[channel] = error;

    private async Task<IResult> HandleAsync(string method, HttpContext http)
    {
        var arguments = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        if (Faults.FirstOrDefault(f => DateTimeOffset.UtcNow < f.Until) is { } fault)
        {
            Interlocked.Increment(ref _faulted);
            if (fault.Hang)
            {
                // Slack never got to the message: the client times out and nothing was posted.
                try
                {
                    await Task.Delay(fault.Until - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(11), http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return Results.StatusCode(503);
            }

            return Results.StatusCode(fault.Status);
        }

        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" });
        }

        var channel = arguments["channel"]?.GetValue<string>() ?? "";
        var retryAfter = method switch
        {
            "chat.postMessage" => _limits.Check(DateTimeOffset.UtcNow, ($"post:{channel}", [(1, ChannelWindow)])),
            "conversations.open" => _limits.Check(DateTimeOffset.UtcNow, ("open", [Tier3])),
            _ => null,
        };
        if (retryAfter is { } wait)
        {
            Interlocked.Increment(ref _rateLimited);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429);
        }

        switch (method)
        {
            case "conversations.open":
                return Results.Json(new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = $"D{arguments["users"]}" } });
            case "chat.postMessage" when _channelErrors.TryGetValue(channel, out var error):
                return Results.Json(new JsonObject { ["ok"] = false, ["error"] = error });
            case "chat.postMessage":
                _posts.Enqueue((channel, arguments["text"]?.GetValue<string>() ?? "", DateTimeOffset.UtcNow));
                var ts = Interlocked.Increment(ref _ts);
                if (AnswersHeldUntil is { } held)
                {
                    await held;
                }

                return Results.Json(new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = $"{ts / 1_000_000}.{ts % 1_000_000:D6}" });
            default:
                return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "unknown_method" });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
