using System.Text.RegularExpressions;

namespace CollabBot.Host.Logging;

/// <summary>
/// What a log line must never carry, found by shape wherever it appears (a request path, a query string, a URL in a
/// message, a scope): the token of a signed link (<c>/files/…</c>, <c>/images/…</c>), any Data Protection payload,
/// credential-like query values (an OAuth <c>code</c> and <c>state</c>, tokens, signatures, secrets), Slack tokens,
/// Slack <c>response_url</c>/webhook paths and bearer tokens. Each is replaced by <see cref="Marker"/>.
/// </summary>
internal static partial class LogRedaction
{
    public const string Marker = "[redacted]";

    public static string Redact(string text)
    {
        if (!MayHoldSecret(text))
        {
            return text;
        }

        var redacted = SignedLinkToken().Replace(text, "$1" + Marker);
        redacted = QueryCredential().Replace(redacted, "$1" + Marker);
        redacted = ProtectedPayload().Replace(redacted, Marker);
        redacted = SlackToken().Replace(redacted, Marker);
        redacted = SlackHookPath().Replace(redacted, "$1" + Marker);
        return BearerToken().Replace(redacted, "$1" + Marker);
    }

    /// <summary>A cheap test first: most log lines hold none of the shapes.</summary>
    private static bool MayHoldSecret(string text) =>
        text.Contains('=', StringComparison.Ordinal) || text.Contains("/files/", StringComparison.Ordinal) || text.Contains("/images/", StringComparison.Ordinal)
        || text.Contains("CfDJ8", StringComparison.Ordinal) || text.Contains("xox", StringComparison.Ordinal) || text.Contains("xapp-", StringComparison.Ordinal)
        || text.Contains("hooks.slack.com", StringComparison.OrdinalIgnoreCase) || text.Contains("earer ", StringComparison.Ordinal);

    [GeneratedRegex(@"(/(?:files|images)/)[^/?#\s""'&<>]+")]
    private static partial Regex SignedLinkToken();

    [GeneratedRegex(@"([?&;](?:code|state|token|access_token|refresh_token|id_token|client_secret|password|secret|sig|signature|key|apikey|api_key)=)[^&#\s""'<>]*", RegexOptions.IgnoreCase)]
    private static partial Regex QueryCredential();

    /// <summary>Every ASP.NET Core Data Protection output starts with its magic header, base64url "CfDJ8".</summary>
    [GeneratedRegex(@"CfDJ8[A-Za-z0-9_\-]{8,}")]
    private static partial Regex ProtectedPayload();

    [GeneratedRegex(@"\b(?:xox[abposre]|xapp)-[A-Za-z0-9\-]+")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"(hooks\.slack\.com/)[^\s""'?#<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex SlackHookPath();

    [GeneratedRegex(@"(\b[Bb]earer\s+)[A-Za-z0-9\-._~+/]+=*")]
    private static partial Regex BearerToken();
}
