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
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TeamsModeSetting(DecideMode(sp.GetRequiredService<IOptions<TeamsOptions>>().Value, environment)));
        services.AddHostedService<TeamsStartupReport>();

        services.AddHttpClient(BotFrameworkAuthenticator.MetadataClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenProvider.ClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(500));
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(15));

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

    internal static TeamsMode DecideMode(TeamsOptions options, IHostEnvironment environment) =>
        options.HasAppId ? TeamsMode.Authenticated
        : environment.IsDevelopment() ? TeamsMode.Anonymous
        : TeamsMode.Off;
}
