using CollabBot.Conversations.Messages;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Host.Files;

/// <summary>
/// Serves stored files (exports) at links signed with ASP.NET Core Data Protection that expire after
/// <see cref="Lifetime"/>: the link is the credential, as for the digest's chart images. A forgotten member's
/// files are gone, so their links answer 404.
/// </summary>
internal sealed class SignedFiles(IFileContents files, IDataProtectionProvider protection, IConfiguration configuration, TimeProvider clock) : IFileLinks
{
    public static readonly TimeSpan Lifetime = Conversations.Privacy.ExportFiles.KeptFor;
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("CollabBot.Files").ToTimeLimitedDataProtector();

    public string DownloadUrl(Guid fileId)
    {
        var token = _protector.Protect(fileId.ToString("N"), clock.GetUtcNow() + Lifetime);
        var baseUrl = configuration["PublicBaseUrl"]?.TrimEnd('/') ?? "";
        return $"{baseUrl}/files/{token}";
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

        var file = Guid.TryParseExact(id, "N", out var guid) ? await files.GetAsync(guid, cancellationToken) : null;
        return file is null ? Results.NotFound() : Results.File(file.Bytes, file.ContentType, file.Name);
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/files/{token}", (string token, SignedFiles files, CancellationToken ct) => files.ServeAsync(token, ct)).ExcludeFromDescription();
}
