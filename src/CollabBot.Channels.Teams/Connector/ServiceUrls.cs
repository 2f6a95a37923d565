using System.Net;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector addresses the bot calls, with or without a token, in every mode: HTTPS on port 443 to Teams'
/// documented service hosts (public cloud, GCC, GCC High, DoD), plus the prefixes an operator lists in
/// <c>Teams:AllowedServiceUrls</c>; in anonymous Development mode also loopback addresses (Microsoft's Agents Playground).
/// An address with a user name, password, query or fragment is never called. Activities naming anything else are refused.
/// </summary>
public sealed class ServiceUrls
{
    /// <summary>Teams' Bot Connector hosts (Microsoft Learn, "Proactive messages": public, GCC, GCC High, DoD).</summary>
    public static IReadOnlyList<string> TeamsHosts { get; } =
        ["smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us"];

    private readonly List<Uri> _configured;
    private readonly bool _loopback;

    public ServiceUrls(IOptions<TeamsOptions> options, TeamsModeSetting mode)
        : this(options.Value.AllowedServiceUrls, mode.Mode == TeamsMode.Anonymous)
    {
    }

    internal ServiceUrls(IEnumerable<string> configured, bool allowLoopback)
    {
        _configured = [.. configured.Select(c => Prefix(c) ?? throw new ArgumentException($"Teams:AllowedServiceUrls: {Problem(c)}", nameof(configured)))];
        _loopback = allowLoopback;
    }

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && uri.Port == 443 && TeamsHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (_loopback && IsLoopback(uri))
        {
            return true;
        }

        var path = WithSlash(uri.AbsolutePath);
        return _configured.Any(p => p.Scheme == uri.Scheme && string.Equals(p.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase)
            && p.Port == uri.Port && path.StartsWith(p.AbsolutePath, StringComparison.Ordinal));
    }

    /// <summary>Scheme, host and port only, for logs: never a path, user name or query, which may carry more than an address.</summary>
    public static string Origin(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}" : "(not an absolute URL)";

    /// <summary>Why a configured entry cannot be used, or null when it can.</summary>
    public static string? Problem(string? configured)
    {
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{configured}' is not an absolute http(s) URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return $"{Origin(configured)}: a service URL has no user name, password, query or fragment.";
        }

        return uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri)
            ? $"{Origin(configured)}: plain http only on loopback (a local fake); the bot's token would cross the network unencrypted."
            : null;
    }

    private static Uri? Prefix(string configured) =>
        Problem(configured) is null && Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            ? new UriBuilder(uri) { Path = WithSlash(uri.AbsolutePath) }.Uri
            : null;

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
