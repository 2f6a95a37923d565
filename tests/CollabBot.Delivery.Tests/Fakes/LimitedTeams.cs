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
/// The Entra token endpoint and the Bot Connector on loopback with Teams' documented limits (PROTOCOLS.md §1.10):
/// 50 requests a second per app over every call, and per thread 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour;
/// over them 429 with Retry-After. A 1:1 chat is created once per member (asking again gives the same id, as Teams
/// does); members who blocked the bot get 403 ConversationBlockedByUser. Every accepted activity is recorded.
/// </summary>
public sealed class LimitedTeams : IAsyncDisposable
{
    public static readonly (int Count, TimeSpan Window) PerApp = (50, TimeSpan.FromSeconds(1));

    public static readonly (int Count, TimeSpan Window)[] PerThread =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private readonly WebApplication _app;
    private readonly SlidingLimits _limits = new(TimeSpan.FromMilliseconds(10));
    private readonly ConcurrentDictionary<string, byte> _blocked = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Conversation, string Text, DateTimeOffset At)> _activities = new();
    private int _created;
    private int _rateLimited;
    private int _faulted;
    private int _nextId;
    private IReadOnlyList<FakeFault> _faults = [];
    private int[] _faultAnswers = [];

    private LimitedTeams(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string LoginUrl => $"{BaseUrl}/login";
    public string ServiceUrl => $"{BaseUrl}/connector/";
    public IReadOnlyList<(string Conversation, string Text, DateTimeOffset At)> Activities => [.. _activities];
    public int Created => _created;
    public int RateLimited => _rateLimited;
    public int Faulted => _faulted;

    /// <summary>Faults in order: each applies until its time and its <see cref="FakeFault.AtLeast"/> answers, then the next (e.g. 502 for a while, then 429).</summary>
    public IReadOnlyList<FakeFault> Faults
    {
        get => _faults;
        set
        {
            _faults = value;
            _faultAnswers = new int[value.Count];
        }
    }

    public static async Task<LimitedTeams> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new LimitedTeams(app);
        app.MapPost("/login/oauth2/v2.0/token", () =>
            Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = "fake-connector-token" }));
        app.MapPost("/connector/v3/conversations", (Delegate)((HttpContext http) => fake.CreateAsync(http)));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", (HttpContext http, string conversationId) =>
            fake.SendAsync(http, Uri.UnescapeDataString(conversationId)));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return fake;
    }

    public static string ChatFor(string userId) => $"a:chat-{userId}";

    public void Block(string userId) => _blocked[userId] = 0;

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (Refuse(http, ("app", [PerApp])) is { } refused)
        {
            return refused;
        }

        var member = (string?)body?["members"]?[0]?["id"] ?? "";
        if (_blocked.ContainsKey(member))
        {
            return Error(403, "ConversationBlockedByUser");
        }

        Interlocked.Increment(ref _created);
        return Results.Json(new JsonObject { ["id"] = ChatFor(member) }, statusCode: 201);
    }

    private async Task<IResult> SendAsync(HttpContext http, string conversationId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (Refuse(http, ("app", [PerApp]), ($"thread:{conversationId}", PerThread)) is { } refused)
        {
            return refused;
        }

        _activities.Enqueue((conversationId, (string?)body?["summary"] ?? "", DateTimeOffset.UtcNow));
        return Results.Json(new JsonObject { ["id"] = $"1{Interlocked.Increment(ref _nextId):D12}" }, statusCode: 201);
    }

    private IResult? Refuse(HttpContext http, params (string Key, (int Count, TimeSpan Window)[] Limits)[] keys)
    {
        if (http.Request.Headers.Authorization.ToString() != "Bearer fake-connector-token")
        {
            return Error(401, "Unauthorized");
        }

        var now = DateTimeOffset.UtcNow;
        if (ActiveFault(now) is { } fault)
        {
            Interlocked.Increment(ref _faulted);
            return Error(fault.Status, fault.Status == 429 ? "Throttled" : "BadGateway", fault.RetryAfterSeconds, http);
        }

        if (_limits.Check(now, keys) is { } wait)
        {
            Interlocked.Increment(ref _rateLimited);
            return Error(429, "Throttled", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)), http);
        }

        return null;
    }

    private FakeFault? ActiveFault(DateTimeOffset now)
    {
        var (faults, answers) = (_faults, _faultAnswers);
        for (var i = 0; i < faults.Count; i++)
        {
            if (now < faults[i].Until || Volatile.Read(ref answers[i]) < faults[i].AtLeast)
            {
                Interlocked.Increment(ref answers[i]);
                return faults[i];
            }
        }

        return null;
    }

    private static IResult Error(int status, string code, int? retryAfterSeconds = null, HttpContext? http = null)
    {
        if (retryAfterSeconds is { } seconds && http is not null)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "fake" } }, statusCode: status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
