using CollabBot.Channels.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// The first thing every Slack request meets: 404 while the adapter is disabled, the raw body read
/// once (413 over the limit), then the signature checked before anything is parsed (401, no side effect).
/// </summary>
public sealed partial class SlackRequestGate(SlackSignatureVerifier verifier, IOptionsMonitor<SlackOptions> options, ILogger<SlackRequestGate> logger)
{
    public async Task<SlackRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return SlackRequest.Rejected(StatusCodes.Status404NotFound);
        }

        var body = await ReadBodyAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return SlackRequest.Rejected(StatusCodes.Status413PayloadTooLarge);
        }

        var check = verifier.Verify(
            settings.SigningSecret!,
            request.Headers[SlackSignatureVerifier.TimestampHeader],
            request.Headers[SlackSignatureVerifier.SignatureHeader],
            body,
            settings.TimestampTolerance);
        if (check != SignatureCheck.Valid)
        {
            LogRejected(request.Path, check);
        }

        return new SlackRequest(body, check);
    }

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                return null;
            }

            var exact = new byte[declared];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(LogLevel.Warning, "Slack request to {Path} rejected: {Check}")]
    private partial void LogRejected(PathString path, SignatureCheck check);
}
