using CollabBot.Channels.Slack.Commands;
using CollabBot.Channels.Slack.Delivery;
using CollabBot.Channels.Slack.Files;
using CollabBot.Channels.Slack.Inbound;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Interactivity;
using CollabBot.Channels.Slack.OAuth;
using CollabBot.Channels.Slack.Signing;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel: options (also from SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_CLIENT_ID,
    /// SLACK_CLIENT_SECRET), request verification, the Web API client and the outbox sender.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.SectionName)
            .PostConfigure(o => ApplyConventionalNames(o, configuration))
            .ValidateDataAnnotations()
            .Validate(o => o.Enabled || (string.IsNullOrEmpty(o.BotToken) && !o.OAuthEnabled),
                "Slack:BotToken or Slack:ClientId is set but Slack:SigningSecret is not: without it no Slack request can be verified.")
            .Validate(o => string.IsNullOrEmpty(o.ClientId) == string.IsNullOrEmpty(o.ClientSecret),
                "Slack:ClientId and Slack:ClientSecret go together: set both for OAuth installs, or neither.")
            .Validate(o => !IsBlank(o.SigningSecret), Blank("Slack:SigningSecret (SLACK_SIGNING_SECRET)"))
            .Validate(o => !IsBlank(o.BotToken), Blank("Slack:BotToken (SLACK_BOT_TOKEN)"))
            .Validate(o => !IsBlank(o.ClientId), Blank("Slack:ClientId (SLACK_CLIENT_ID)"))
            .Validate(o => !IsBlank(o.ClientSecret), Blank("Slack:ClientSecret (SLACK_CLIENT_SECRET)"))
            .Validate(o => !o.OAuthEnabled || o.RedirectUri is not null || o.PublicBaseUrl is not null,
                "Slack:ClientId is set but PublicBaseUrl is not: OAuth installs send Slack back to PublicBaseUrl + " + SlackOAuthEndpoints.CallbackPath
                + ", so set PublicBaseUrl to the bot's public HTTPS address (or Slack:RedirectUri to the full callback URL).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRateGate>();
        // One attempt per call with a bounded wait: posts are not idempotent, so the outbox owns retries
        // and their backoff (STYLE.md §5); a resilience pipeline would only add this timeout. The factory's
        // request logging is removed: it would write response_url paths, which are credentials.
        services.AddHttpClient<SlackApiClient>((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptionsMonitor<SlackOptions>>().CurrentValue.ApiBaseUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
        }).RemoveAllLoggers();

        services.AddSingleton<SlackInstallationStore>();
        services.AddSingleton<UnreachableTargets>();
        services.AddSingleton<ResponseUrls>();
        services.AddSingleton<ResponseUrlReplies>();
        services.AddSingleton<OAuthState>();
        services.AddSingleton<SlackRequestGate>();
        services.AddSingleton<SlackTurnAcceptor>();
        services.AddSingleton<SlackEventsEndpoint>();
        services.AddSingleton<SlackCommandsEndpoint>();
        services.AddSingleton<SlackInteractionsEndpoint>();
        services.AddSingleton<SlackModalOpener>();
        services.AddSingleton<SlackOAuthEndpoints>();
        services.AddSingleton<SlackAppHome>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackAppHome>());
        services.AddSingleton<SlackDirectChannels>();
        services.AddSingleton<SlackDeliveryFailures>();
        services.AddSingleton<SlackChannelSender>();
        services.AddHttpClient<SlackFileUploads>((sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptionsMonitor<SlackOptions>>().CurrentValue.ApiBaseUrl;
            http.Timeout = TimeSpan.FromSeconds(60);
        }).RemoveAllLoggers();
        services.AddSingleton<SlackFileShare>();
        services.AddSingleton<ModalSubmissions>();
        services.AddSingleton<ModalFollowUp>();
        services.AddSingleton<IChannelSender, SlackOutboundRouter>();
        return services;
    }

    /// <summary>Set, but to nothing a request could be checked with: a space signs like any other key (and anyone can guess it).</summary>
    private static bool IsBlank(string? value) => value is { Length: > 0 } && string.IsNullOrWhiteSpace(value);

    private static string Blank(string setting) =>
        $"{setting} is only whitespace: set the real value, or remove the setting.";

    private static void ApplyConventionalNames(SlackOptions options, IConfiguration configuration)
    {
        options.PublicBaseUrl = Uri.TryCreate(configuration["PublicBaseUrl"], UriKind.Absolute, out var publicBase) ? publicBase : null;
        options.SigningSecret = Pick(options.SigningSecret, configuration["SLACK_SIGNING_SECRET"]);
        options.BotToken = Pick(options.BotToken, configuration["SLACK_BOT_TOKEN"]);
        options.ClientId = Pick(options.ClientId, configuration["SLACK_CLIENT_ID"]);
        options.ClientSecret = Pick(options.ClientSecret, configuration["SLACK_CLIENT_SECRET"]);
    }

    private static string? Pick(string? configured, string? conventional) =>
        string.IsNullOrEmpty(configured) ? (string.IsNullOrEmpty(conventional) ? null : conventional) : configured;
}
