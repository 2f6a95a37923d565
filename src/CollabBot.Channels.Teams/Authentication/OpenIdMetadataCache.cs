using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// One IdentityModel <see cref="ConfigurationManager{T}"/> per OpenID metadata URL, shared by the whole
/// process (PROTOCOLS.md §4 item 11, as botbuilder keeps a static cache): the metadata and its JWKS are
/// re-read every 12 hours, a forced refresh (unknown <c>kid</c>) happens at most once per 5 minutes, and a
/// failed refresh keeps serving the last good keys.
/// </summary>
internal static class OpenIdMetadataCache
{
    /// <summary>
    /// IdentityModel 8 refreshes in the background by default, so the request that met a new key would still
    /// see the old set. Blocking mode makes the refresh requested on an unknown <c>kid</c> happen before the
    /// one retry of that validation, as in botbuilder.
    /// </summary>
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private static readonly ConcurrentDictionary<string, Lazy<ConfigurationManager<OpenIdConnectConfiguration>>> Managers =
        new(StringComparer.OrdinalIgnoreCase);

    public static TimeSpan AutomaticRefreshInterval { get; } = TimeSpan.FromHours(12);

    public static TimeSpan MinimumForcedRefreshInterval { get; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Must run before IdentityModel first reads its switches (it caches them): called at service registration.
    /// </summary>
    public static void UseBlockingRefresh() => AppContext.SetSwitch(BlockingRefreshSwitch, true);

    public static ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl, Func<HttpClient> httpClient)
    {
        return Managers.GetOrAdd(metadataUrl, url => new Lazy<ConfigurationManager<OpenIdConnectConfiguration>>(() =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                url,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(httpClient()) { RequireHttps = !IsLoopback(url) })
            {
                AutomaticRefreshInterval = AutomaticRefreshInterval,
                RefreshInterval = MinimumForcedRefreshInterval,
            })).Value;
    }

    /// <summary>Plain HTTP only for metadata served from this machine (tests, local fakes); everything else must be HTTPS.</summary>
    internal static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
