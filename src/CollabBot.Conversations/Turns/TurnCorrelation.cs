using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Turns;

/// <summary>
/// The id that follows one turn through the logs: the W3C trace id of the request that brought it in (the
/// <c>TraceId</c> of that request's log scope), kept with the turn in the inbox and with its replies in the outbox,
/// and logged as <c>CorrelationId</c> while the turn is handled and while each reply is sent.
/// </summary>
public static class TurnCorrelation
{
    public const string ScopeKey = "CorrelationId";

    public static string Current() =>
        Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : ActivityTraceId.CreateRandom().ToHexString();

    public static IDisposable? BeginCorrelationScope(this ILogger logger, string? correlationId) =>
        correlationId is null ? null : logger.BeginScope(new Dictionary<string, object> { [ScopeKey] = correlationId });
}
