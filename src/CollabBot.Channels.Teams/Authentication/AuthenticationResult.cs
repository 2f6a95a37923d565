using System.Security.Claims;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>The outcome of checking a request's token: the caller's identity, or why it was refused (for logs, never the token).</summary>
public sealed record AuthenticationResult(ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Identity is not null;

    public static AuthenticationResult Fail(string reason) => new(null, reason);
}
