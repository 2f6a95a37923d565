using CollabBot.Conversations.Messages;

namespace CollabBot.Host.Files;

internal static class SignedFilesServiceCollectionExtensions
{
    public static IServiceCollection AddSignedFiles(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<SignedFiles>();
        services.AddSingleton<IFileLinks>(sp => sp.GetRequiredService<SignedFiles>());
        return services;
    }
}
