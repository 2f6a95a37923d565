using CollabBot.Channels.Teams.Activities;
using CollabBot.Channels.Teams.Authentication;
using CollabBot.Channels.Teams.Connector;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Conversations.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams (Bot Framework) adapter. With an app id it authenticates every request; without one it is
    /// anonymous in Development only (for Microsoft's Agents Playground) and off everywhere else (fail closed).
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<TeamsOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !o.HasAppId || !string.IsNullOrEmpty(o.MicrosoftAppPassword), "MicrosoftAppPassword is required when MicrosoftAppId is set.")
            .Validate(o => !o.HasAppId || !o.IsSingleTenant || !string.IsNullOrEmpty(o.MicrosoftAppTenantId), "MicrosoftAppTenantId is required for a SingleTenant bot.")
            .Validate(o => !IsBlank(o.MicrosoftAppId), Blank("MicrosoftAppId"))
            .Validate(o => !IsBlank(o.MicrosoftAppPassword), Blank("MicrosoftAppPassword"))
            .Validate(o => !IsBlank(o.MicrosoftAppTenantId), Blank("MicrosoftAppTenantId"))
            .Validate(o => o.AllowedServiceUrls.Select(ServiceUrls.Problem).FirstOrDefault(p => p is not null) is null,
                "Teams:AllowedServiceUrls holds an entry the bot cannot call: each is an absolute https URL (http only on loopback), without user name, password or query.")
            .Validate(o => new ServiceUrls(o.AllowedServiceUrls.Where(u => ServiceUrls.Problem(u) is null), allowLoopback: !o.HasAppId).IsAllowed(o.DefaultServiceUrl),
                "Teams:DefaultServiceUrl is not an address the bot calls: use one of Teams' hosts or add it to Teams:AllowedServiceUrls.")
            .Validate(o => !o.HasAppId || !o.IsSingleTenant || o.AllowedTenants.All(t => string.Equals(t, o.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase)),
                "Teams:AllowedTenants cannot widen a SingleTenant bot beyond MicrosoftAppTenantId: leave it empty.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TeamsModeSetting(DecideMode(sp.GetRequiredService<IOptions<TeamsOptions>>().Value, environment)));
        services.AddHostedService<TeamsStartupReport>();

        services.AddHttpClient(BotFrameworkAuthenticator.MetadataClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenProvider.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(500));
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(15));

        services.AddSingleton<ServiceUrls>();
        services.AddSingleton<TenantAccess>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<TeamsRequestHandler>();
        services.AddSingleton<ConversationReferenceMemo>();
        services.AddScoped<ConversationReferenceStore>();
        services.AddScoped<TeamsActivityHandler>();
        services.AddScoped<AdaptiveCardActionHandler>();
        services.AddSingleton<TeamsRateGate>();
        services.AddSingleton<IChannelSender, TeamsChannelSender>();
        return services;
    }

    /// <summary>Set, but only to whitespace: a password of spaces is one anybody can guess, and an app id of spaces no app's.</summary>
    private static bool IsBlank(string? value) => value is { Length: > 0 } && string.IsNullOrWhiteSpace(value);

    private static string Blank(string setting) => $"{setting} is only whitespace: set the real value, or remove the setting.";

    internal static TeamsMode DecideMode(TeamsOptions options, IHostEnvironment environment) =>
        options.HasAppId ? TeamsMode.Authenticated
        : environment.IsDevelopment() ? TeamsMode.Anonymous
        : TeamsMode.Off;
}
