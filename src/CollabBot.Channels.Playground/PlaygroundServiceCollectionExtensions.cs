using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Time;
using CollabBot.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollabBot.Channels.Playground;

public static class PlaygroundServiceCollectionExtensions
{
    public static bool IsPlaygroundEnabled(this IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(PlaygroundOptions.SectionName).Get<PlaygroundOptions>()?.Enabled ?? environment.IsDevelopment();

    /// <summary>
    /// The Playground channel. Its virtual clock is the time of Playground conversations alone (<see cref="DomainClock"/>):
    /// Slack and Teams, their signatures, tokens and rate limits, and their jobs keep real time.
    /// </summary>
    public static IServiceCollection AddPlaygroundChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!configuration.IsPlaygroundEnabled(environment))
        {
            return services;
        }

        services.AddSingleton(sp => new PlaygroundClock(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PlatformClock(Platform.Playground, sp.GetRequiredService<PlaygroundClock>()));
        services.AddSingleton<IChannelSender, PlaygroundSender>();
        services.AddSingleton<PlaygroundDelivery>();
        services.AddSingleton<PlaygroundClockAdvancer>();
        services.AddHostedService<PlaygroundTimelineService>();
        return services;
    }
}
