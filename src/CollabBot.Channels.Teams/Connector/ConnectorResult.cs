using System.Net;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>What the Bot Connector answered: the new id on success, else the status, its error code and any Retry-After.</summary>
public sealed record ConnectorResult(HttpStatusCode Status, string? Id, string? ErrorCode = null, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
