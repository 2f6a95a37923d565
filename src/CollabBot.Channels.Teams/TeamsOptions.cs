using System.ComponentModel.DataAnnotations;

namespace CollabBot.Channels.Teams;

/// <summary>
/// Teams (Bot Framework) settings, under the names Azure Bot deployments already use. They are read from the
/// configuration root (<c>MicrosoftAppId</c>, ...) and may be overridden in the <c>Teams</c> section.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>The bot's Microsoft App ID. Empty: the adapter is off (anonymous only in Development).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (default) or <c>SingleTenant</c>.</summary>
    [RegularExpression("(?i)^(MultiTenant|SingleTenant)$")]
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string? MicrosoftAppTenantId { get; set; }

    [Required]
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [Required]
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Token authority; default <c>https://login.microsoftonline.com/botframework.com</c>, or the tenant for SingleTenant.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    [Required]
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>Largest activity the bot posts, in bytes of JSON; longer messages are split (28 KB: PROTOCOLS.md §1.10).</summary>
    [Range(2048, 100 * 1024)]
    public int MaxMessageBytes { get; set; } = 28 * 1024;

    /// <summary>Largest inbound activity body accepted.</summary>
    [Range(4096, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Used for proactive messages only when no activity ever gave a service URL (PROTOCOLS.md §1.5).</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>
    /// Bot Connector addresses the bot may call besides Teams' documented ones (see <see cref="Connector.ServiceUrls"/>):
    /// each an absolute URL whose scheme, host, port and path start a permitted service URL (a sovereign cloud's, or a local fake's).
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>For a Multi Tenant bot: the only tenants it serves (empty: any). A Single Tenant bot serves <see cref="MicrosoftAppTenantId"/>.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string LoginUrl => ToChannelFromBotLoginUrl is { Length: > 0 } url
        ? url.TrimEnd('/')
        : "https://login.microsoftonline.com/" + (IsSingleTenant ? MicrosoftAppTenantId : "botframework.com");

    /// <summary>The scope asked for, with <c>/.default</c> appended when missing (PROTOCOLS.md §1.5).</summary>
    public string OAuthScope => ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase)
        ? ToChannelFromBotOAuthScope
        : ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
}
