namespace CollabBot.Host;

/// <summary>
/// <c>PublicBaseUrl</c>, the address Slack and Teams reach the host at: signed chart and download links, and the Slack
/// OAuth redirect, are built from it. A malformed one stops start-up; a missing one, where a platform needs it, is a
/// start-up warning (digests lose their chart, exports their download link).
/// </summary>
internal sealed class PublicAddress
{
    public string? PublicBaseUrl { get; set; }

    public static bool IsUsable(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Query.Length == 0 && uri.UserInfo.Length == 0);
}
