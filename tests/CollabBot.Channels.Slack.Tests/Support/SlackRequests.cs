using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CollabBot.Channels.Slack.Signing;

namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>Builds requests as Slack sends them: the raw body, a timestamp and a fresh v0 signature.</summary>
public static class SlackRequests
{
    public static HttpRequestMessage Signed(string path, string body, string secret, DateTimeOffset at, string mediaType = "application/json")
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = Unsigned(path, body, mediaType);
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage Unsigned(string path, string body, string mediaType = "application/json") => new(HttpMethod.Post, path)
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
    };

    public static HttpRequestMessage SignedForm(string path, string body, string secret, DateTimeOffset at) =>
        Signed(path, body, secret, at, "application/x-www-form-urlencoded");
}
