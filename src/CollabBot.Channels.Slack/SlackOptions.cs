using System.ComponentModel.DataAnnotations;

namespace CollabBot.Channels.Slack;

/// <summary>
/// The Slack app's settings. The adapter is enabled only when a signing secret is configured;
/// without one the Slack endpoints answer 404 and never skip verification.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Signs every request Slack sends (Basic Information → App Credentials → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Single-workspace mode: the bot token (xoxb-...) used when no OAuth installation is stored.</summary>
    public string? BotToken { get; set; }

    /// <summary>OAuth v2 (many workspaces): the app's client id and secret.</summary>
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The OAuth redirect URL registered with Slack; when empty it is <see cref="PublicBaseUrl"/> + the callback path.
    /// Never derived from the request, whose Host header the caller chooses.
    /// </summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The host's public address (the root setting <c>PublicBaseUrl</c>), read at start-up.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The Web API base; tests point it at a local fake.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Where Slack's install page is; only a test changes it.</summary>
    [Required]
    public Uri AuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>The least bot scopes the features need (see manifests/slack/manifest.yaml).</summary>
    [Required]
    public string BotScopes { get; set; } =
        "app_mentions:read,channels:history,channels:read,groups:history,groups:read,chat:write,commands,files:write,im:write,reactions:read";

    /// <summary>Only response_url values under this prefix are ever called (Slack's are on hooks.slack.com).</summary>
    [Required]
    public string ResponseUrlPrefix { get; set; } = "https://hooks.slack.com/";

    /// <summary>Largest request body accepted from Slack; bigger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Slack's window for request timestamps, in either direction.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gap kept between two chat.postMessage calls to one channel (Slack: about one a second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ChannelPostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls a minute per workspace for Tier 3 methods (conversations.open, chat.update); Slack documents "50+".</summary>
    [Range(1, 10_000)]
    public int Tier3PerMinute { get; set; } = 50;

    /// <summary>Calls a minute per workspace for Tier 4 methods (views.*, chat.postEphemeral, users.info); Slack documents "100+".</summary>
    [Range(1, 10_000)]
    public int Tier4PerMinute { get; set; } = 100;

    public bool Enabled => !string.IsNullOrEmpty(SigningSecret);

    public bool OAuthEnabled => !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret);
}
