using CollabBot.Conversations.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CollabBot.Channels.Playground;

public static class PlaygroundServiceCollectionExtensions
{
    public static bool IsPlaygroundEnabled(this IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(PlaygroundOptions.SectionName).Get<PlaygroundOptions>()?.Enabled ?? environment.IsDevelopment();

    /// <summary>
    /// The Playground channel. While it is on, its virtual clock is the application's TimeProvider,
    /// which is why it is off in Production unless an operator turns it on.
    /// </summary>
    public static IServiceCollection AddPlaygroundChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!configuration.IsPlaygroundEnabled(environment))
        {
            return services;
        }

        services.AddSingleton(new PlaygroundClock(TimeProvider.System));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(sp => sp.GetRequiredService<PlaygroundClock>()));
        services.AddSingleton<IChannelSender, PlaygroundSender>();
        services.AddSingleton<PlaygroundDelivery>();
        services.AddSingleton<PlaygroundClockAdvancer>();
        return services;
    }
}
