namespace CollabBot.Host;

internal static class PublicAddressServiceCollectionExtensions
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicAddress>().Bind(configuration)
            .Validate(o => PublicAddress.IsUsable(o.PublicBaseUrl),
                "PublicBaseUrl is not an absolute http(s) address: set the host's public address, e.g. https://collabbot.example.org.")
            .ValidateOnStart();
        services.AddHostedService<PublicAddressReport>();
        return services;
    }
}
