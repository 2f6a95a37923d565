using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// The OpenID metadata and its JWKS per metadata URL, shared by the whole process (PROTOCOLS.md §4 item 11, as
/// botbuilder keeps a static cache): re-read every 12 hours by IdentityModel's <see cref="ConfigurationManager{T}"/>;
/// re-read at once when a token names a key we do not know, at most once per 5 minutes; a failed re-read keeps the
/// last good keys.
/// </summary>
internal static class OpenIdMetadataCache
{
    private static readonly ConcurrentDictionary<string, Source> Sources = new(StringComparer.OrdinalIgnoreCase);

    public static TimeSpan AutomaticRefreshInterval { get; } = TimeSpan.FromHours(12);

    public static TimeSpan MinimumForcedRefreshInterval { get; } = TimeSpan.FromMinutes(5);

    public static Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, Func<HttpClient> httpClient, CancellationToken cancellationToken) =>
        SourceFor(metadataUrl, httpClient).Manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// A fresh read, unless one was made in the last 5 minutes; then, or when the read fails, the keys we have.
    /// IdentityModel's own <c>RequestRefresh</c> is not used: whether its next read waits for the new keys depends on
    /// a process-wide switch and on its internal timing, and the request that met the new key must see it.
    /// </summary>
    public static async Task<OpenIdConnectConfiguration> RefreshAsync(string metadataUrl, Func<HttpClient> httpClient, CancellationToken cancellationToken)
    {
        var source = SourceFor(metadataUrl, httpClient);
        if (!source.TryStartForcedRefresh(DateTimeOffset.UtcNow, MinimumForcedRefreshInterval))
        {
            return await source.Manager.GetConfigurationAsync(cancellationToken);
        }

        var fresh = NewManager(metadataUrl, httpClient);
        try
        {
            var configuration = await fresh.GetConfigurationAsync(cancellationToken);
            source.Manager = fresh;
            return configuration;
        }
        catch (InvalidOperationException)
        {
            return await source.Manager.GetConfigurationAsync(cancellationToken);
        }
    }

    /// <summary>Plain HTTP only for metadata served from this machine (tests, local fakes); everything else must be HTTPS.</summary>
    internal static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static Source SourceFor(string metadataUrl, Func<HttpClient> httpClient) =>
        Sources.GetOrAdd(metadataUrl, url => new Source(NewManager(url, httpClient)));

    private static ConfigurationManager<OpenIdConnectConfiguration> NewManager(string url, Func<HttpClient> httpClient) =>
        new(url, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(httpClient()) { RequireHttps = !IsLoopback(url) })
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
        };

    private sealed class Source(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        private long _lastForcedTicks = long.MinValue;

        public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; set; } = manager;

        /// <summary>True for the one caller that may re-read now.</summary>
        public bool TryStartForcedRefresh(DateTimeOffset now, TimeSpan interval)
        {
            var last = Interlocked.Read(ref _lastForcedTicks);
            return (last == long.MinValue || now.UtcTicks - last >= interval.Ticks)
                && Interlocked.CompareExchange(ref _lastForcedTicks, now.UtcTicks, last) == last;
        }
    }
}
