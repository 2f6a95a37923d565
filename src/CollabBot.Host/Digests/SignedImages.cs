using CollabBot.Conversations.Digests;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Host.Digests;

/// <summary>
/// Serves the bot's own images at links signed with ASP.NET Core Data Protection that expire after
/// <see cref="Lifetime"/>, so Teams and Slack can fetch a chart without any other credential.
/// Several hosts must share the Data Protection key ring (see README, "Running more than one host").
/// </summary>
internal sealed class SignedImages(IImageRepository images, IDataProtectionProvider protection, IConfiguration configuration, TimeProvider clock) : IImageStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("CollabBot.Images").ToTimeLimitedDataProtector();

    public async Task<string> SaveAsync(byte[] png, CancellationToken cancellationToken)
    {
        var id = await images.AddAsync(png, cancellationToken);
        var token = _protector.Protect(id.ToString("N"), clock.GetUtcNow() + Lifetime);
        var baseUrl = configuration["PublicBaseUrl"]?.TrimEnd('/') ?? "";
        return $"{baseUrl}/images/{token}";
    }

    public async Task<IResult> ServeAsync(string token, CancellationToken cancellationToken)
    {
        string id;
        try
        {
            id = _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Results.NotFound();
        }

        var png = Guid.TryParseExact(id, "N", out var guid) ? await images.GetAsync(guid, cancellationToken) : null;
        return png is null ? Results.NotFound() : Results.File(png, "image/png");
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/images/{token}", (string token, SignedImages images, CancellationToken ct) => images.ServeAsync(token, ct)).ExcludeFromDescription();
}
