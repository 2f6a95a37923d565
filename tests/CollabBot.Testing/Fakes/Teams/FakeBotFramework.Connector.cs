using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Testing.Fakes;

/// <summary>
/// The Bot Connector: it takes only the token the token endpoint handed out (401 otherwise, unless it stands for the
/// Emulator's anonymous Connector), keeps Teams' documented limits (PROTOCOLS.md §1.10: 50 requests a second per app
/// over every call; per thread 7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour) with 429 and Retry-After, opens one
/// 1:1 chat per member (asking again gives the same id, as Teams does), answers 403 ConversationBlockedByUser for
/// members who blocked the bot, and can be scripted or faulted. Every request is recorded.
/// </summary>
public sealed partial class FakeBotFramework
{
    public static readonly (int Count, TimeSpan Window) PerApp = (50, TimeSpan.FromSeconds(1));

    public static readonly (int Count, TimeSpan Window)[] PerThread =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _createdChats = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _blocked = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Conversation, string Text, DateTimeOffset At)> _activities = new();
    private readonly SlidingLimits _limits = new(TimeSpan.FromMilliseconds(10));
    private IReadOnlyList<FakeFault> _faults = [];
    private int[] _faultAnswers = [];
    private int _nextId;
    private int _created;
    private int _rateLimited;
    private int _faulted;

    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    /// <summary>Every activity the Connector accepted: its conversation, its summary text and when it arrived.</summary>
    public IReadOnlyList<(string Conversation, string Text, DateTimeOffset At)> Activities => [.. _activities];

    public int Created => _created;
    public int RateLimited => _rateLimited;
    public int Faulted => _faulted;

    /// <summary>Teams' limits are kept (the default); a load run that measures the bot alone turns them off.</summary>
    public bool KeepsLimits { get; set; } = true;

    /// <summary>Replies without a token are taken, as the Bot Framework Emulator takes them from a bot with no app id.</summary>
    public bool AcceptsAnonymous { get; set; }

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

    /// <summary>The next calls to this conversation (or "create" for POST v3/conversations) get these answers, in order.</summary>
    public void Script(string conversationIdOrCreate, params ScriptedAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(conversationIdOrCreate, _ => new ConcurrentQueue<ScriptedAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>The member blocked the bot: opening a chat with them answers 403 ConversationBlockedByUser.</summary>
    public void Block(string userId) => _blocked[userId] = 0;

    public IReadOnlyList<ConnectorRequest> ActivitiesTo(string conversationId) =>
        [.. Requests.Where(r => r.ConversationId == conversationId && r.Path.EndsWith("/activities", StringComparison.Ordinal))];

    public IReadOnlyList<ConnectorRequest> Creations() => [.. Requests.Where(r => r.Path == "/connector/v3/conversations")];

    /// <summary>The 1:1 chat id this fake answered when asked to open a chat with the user.</summary>
    public string? CreatedChatFor(string userId) => _createdChats.TryGetValue(userId, out var id) ? id : null;

    private void MapConnector(WebApplication app)
    {
        app.MapPost("/connector/v3/conversations", (Delegate)((HttpContext context) => HandleAsync(context, null, null)));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) =>
            HandleAsync(context, Uri.UnescapeDataString(conversationId), null));
        app.MapPut("/connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            HandleAsync(context, Uri.UnescapeDataString(conversationId), Uri.UnescapeDataString(activityId)));
    }

    private async Task<IResult> HandleAsync(HttpContext context, string? conversationId, string? updatedActivityId)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var authorization = context.Request.Headers.Authorization.ToString();
        _requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Request.Path.Value ?? "", conversationId, authorization, body, DateTimeOffset.UtcNow));
        if (authorization != $"Bearer {AccessToken}" && !(AcceptsAnonymous && authorization.Length == 0))
        {
            return Error(401, "Unauthorized");
        }

        var now = DateTimeOffset.UtcNow;
        if (ActiveFault(now) is { } fault)
        {
            Interlocked.Increment(ref _faulted);
            return Error(fault.Status, fault.Status == 429 ? "Throttled" : "BadGateway", fault.RetryAfterSeconds, context);
        }

        var limits = conversationId is null ? [("app", new[] { PerApp })] : new[] { ("app", new[] { PerApp }), ($"thread:{conversationId}", PerThread) };
        if (KeepsLimits && _limits.Check(now, limits) is { } wait)
        {
            Interlocked.Increment(ref _rateLimited);
            return Error(429, "Throttled", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)), context);
        }

        if (updatedActivityId is null && _scripts.TryGetValue(conversationId ?? "create", out var queue) && queue.TryDequeue(out var answer) && answer.Status >= 300)
        {
            return Error(answer.Status, answer.ErrorCode ?? "Throttled", answer.RetryAfterSeconds, context, "scripted");
        }

        if (updatedActivityId is not null)
        {
            return Results.Json(new JsonObject { ["id"] = updatedActivityId });
        }

        if (conversationId is null)
        {
            var member = (string?)body?["members"]?[0]?["id"] ?? "";
            if (_blocked.ContainsKey(member))
            {
                return Error(403, "ConversationBlockedByUser");
            }

            Interlocked.Increment(ref _created);
            return Results.Json(new JsonObject { ["id"] = _createdChats.GetOrAdd(member, _ => $"a:created-{Interlocked.Increment(ref _nextId)}") }, statusCode: 201);
        }

        _activities.Enqueue((conversationId, (string?)body?["summary"] ?? "", now));
        return Results.Json(new JsonObject { ["id"] = $"1{Interlocked.Increment(ref _nextId):D12}" }, statusCode: 201);
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

    private static IResult Error(int status, string code, int? retryAfterSeconds = null, HttpContext? context = null, string message = "fake")
    {
        if (retryAfterSeconds is { } seconds && context is not null)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
    }
}
