using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The conversation layer: command router, engine, outbox dispatcher and inbox worker.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZones.TryResolve(o.DefaultTimeZone, out _), "Conversations:DefaultTimeZone is not a time zone I know: use an IANA id such as Europe/Copenhagen or a Windows id such as Romance Standard Time.")
            .ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DomainClock>();

        // Every command in this assembly; a new feature adds its command class and nothing else here.
        var commands = typeof(IBotCommand).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBotCommand).IsAssignableFrom(t));
        foreach (var command in commands)
        {
            services.AddSingleton(typeof(IBotCommand), command);
        }

        services.AddSingleton<CollabMetrics>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(_ => new IngressPressure());
        services.AddSingleton<TurnInboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton(sp => new OutboxHandoff(
            sp.GetServices<IChannelSender>().Select(s => s.Platform), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<OutboxOptions>>(),
            sp.GetRequiredService<OutboxSignal>()));
        services.AddSingleton<IOutboxCommits>(sp => sp.GetRequiredService<OutboxHandoff>());
        services.AddSingleton<TurnInboxService>();
        services.AddSingleton<RecurringWorkRunner>();
        services.AddSingleton<IRecurringWorkSource, PhaseOverrunCheck>();
        services.TryAddSingleton<IScheduleRegistry, NoScheduleRegistry>();

        services.AddOptions<CheckInOptions>().BindConfiguration(CheckInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CheckInScheduling>();
        services.AddSingleton<CheckInAnswering>();
        services.AddSingleton<UnsolicitedDelivery>();
        services.AddSingleton<IRecurringWorkSource, CheckInRound>();
        services.AddSingleton<IRecurringWorkSource, CheckInReminders>();
        services.AddSingleton<ParticipationScan>();
        services.AddSingleton<CatalystScan>();
        services.AddSingleton<IRecurringWorkSource, DailyScan>();
        services.AddSingleton<IRecurringWorkSource, SummaryRound>();
        services.AddSingleton<CollaborationSweep>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestRound>();
        services.AddSingleton<IRecurringWorkSource>(sp => sp.GetRequiredService<DigestRound>());
        services.AddConvening();
        services.AddHostedService(sp => sp.GetRequiredService<TurnInboxService>());
        services.AddHostedService<OutboxDispatchService>();
        services.AddSingleton<Backlog.BacklogMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<Backlog.BacklogMonitor>());
        return services;
    }
}
