using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace CollabBot.Testing.Signing;

/// <summary>
/// Signs requests as Slack does (v0: <c>v0=</c> and the hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> under the
/// app's signing secret, in X-Slack-Signature beside X-Slack-Request-Timestamp). Written from Slack's documentation,
/// not with the adapter's code, so a test signs the way Slack does rather than the way the adapter checks.
/// </summary>
public static class SlackRequestSigner
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    public static string Signature(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var basestring = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body.ToArray()).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), basestring));
    }

    /// <summary>A POST of <paramref name="body"/> to <paramref name="path"/>, signed at <paramref name="at"/> (now when not given).</summary>
    public static HttpRequestMessage Signed(string path, byte[] body, string secret, string mediaType, DateTimeOffset? at = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, Signature(secret, timestamp, body));
        return request;
    }

    public static HttpRequestMessage Signed(string path, string body, string secret, DateTimeOffset at, string mediaType = "application/json") =>
        Signed(path, Encoding.UTF8.GetBytes(body), secret, mediaType, at);

    public static HttpRequestMessage SignedForm(string path, string body, string secret, DateTimeOffset at) =>
        Signed(path, body, secret, at, "application/x-www-form-urlencoded");

    /// <summary>The same request without the signature headers, as a forger would send it.</summary>
    public static HttpRequestMessage Unsigned(string path, string body, string mediaType = "application/json") => new(HttpMethod.Post, path)
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
    };
}
