using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.Retention;
using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations;

public static class ConveningServiceCollectionExtensions
{
    /// <summary>The scheduled work of the convening and facilitation tools (issues 8 and 28); their commands are found by the assembly scan.</summary>
    public static IServiceCollection AddConvening(this IServiceCollection services)
    {
        services.AddSingleton<IRecurringWorkSource, DecisionClock>();
        services.AddSingleton<IRecurringWorkSource, ActionClock>();
        services.AddSingleton<IRecurringWorkSource, SponsorEscalation>();
        services.AddSingleton<IRecurringWorkSource, Retrospectives.RetrospectiveClose>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IRecurringWorkSource, SignalRetentionJob>();
        services.AddSingleton<IRecurringWorkSource, DeliveryHistoryRetentionJob>();
        services.AddSingleton<IRecurringWorkSource, Privacy.ExportFileRetentionJob>();
        return services;
    }
}
