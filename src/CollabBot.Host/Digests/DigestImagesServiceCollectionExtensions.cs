using CollabBot.Conversations.Digests;

namespace CollabBot.Host.Digests;

internal static class DigestImagesServiceCollectionExtensions
{
    public static IServiceCollection AddDigestImages(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        services.AddSingleton<SignedImages>();
        services.AddSingleton<IImageLinks>(sp => sp.GetRequiredService<SignedImages>());
        return services;
    }
}
