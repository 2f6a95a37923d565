using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Help;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollabBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The conversation layer: command router, engine, outbox dispatcher and inbox worker.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZones.TryResolve(o.DefaultTimeZone, out _), "Conversations:DefaultTimeZone is not a known time zone id.")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        foreach (var command in new[]
        {
            typeof(HelpCommand), typeof(StartCommand), typeof(ChallengeCommand), typeof(GoalCommand), typeof(JoinCommand),
            typeof(RoleCommand), typeof(PhaseCommand), typeof(StatusCommand), typeof(TimeZoneCommand),
        })
        {
            services.AddSingleton(typeof(IBotCommand), command);
        }

        services.AddSingleton<CommandRouter>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<TurnInboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<TurnInboxService>();
        services.AddSingleton<RecurringWorkRunner>();
        services.AddSingleton<IRecurringWorkSource, PhaseOverrunCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnInboxService>());
        services.AddHostedService<OutboxDispatchService>();
        _ = configuration;
        return services;
    }
}
