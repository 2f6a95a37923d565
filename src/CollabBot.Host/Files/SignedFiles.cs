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
    private readonly SignedLinks _links = new(protection, configuration, clock, "CollabBot.Files", "files", Lifetime);

    public string DownloadUrl(Guid fileId) => _links.LinkTo(fileId);

    public async Task<IResult> ServeAsync(string token, CancellationToken cancellationToken)
    {
        var file = _links.Read(token) is { } id ? await files.GetAsync(id, cancellationToken) : null;
        return file is null ? Results.NotFound() : Results.File(file.Bytes, file.ContentType, file.Name);
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/files/{token}", (string token, SignedFiles files, CancellationToken ct) => files.ServeAsync(token, ct)).ExcludeFromDescription();
}
