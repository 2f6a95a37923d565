using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Host;

/// <summary>
/// Links whose token is the credential: an id signed with ASP.NET Core Data Protection under a purpose, expiring
/// after a lifetime. Several hosts share the Data Protection key ring through the database (docs/operations.md,
/// "Several hosts").
/// </summary>
internal sealed class SignedLinks(IDataProtectionProvider protection, IConfiguration configuration, TimeProvider clock, string purpose, string route, TimeSpan lifetime)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(purpose).ToTimeLimitedDataProtector();

    public string LinkTo(Guid id)
    {
        var token = _protector.Protect(id.ToString("N"), clock.GetUtcNow() + lifetime);
        var baseUrl = configuration["PublicBaseUrl"]?.TrimEnd('/') ?? "";
        return $"{baseUrl}/{route}/{token}";
    }

    /// <summary>The id a token names, or null when it is forged, expired or malformed.</summary>
    public Guid? Read(string token)
    {
        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
