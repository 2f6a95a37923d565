using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CollabBot.Channels.Slack.WebApi;

namespace CollabBot.Channels.Slack.Files;

/// <summary>
/// The two steps of Slack's external upload that the JSON client cannot make: <c>files.getUploadURLExternal</c>,
/// which takes form fields only, and the POST of the raw bytes to the upload URL it returns (no token: the URL is
/// the credential). <c>files.completeUploadExternal</c> is an ordinary JSON call. <c>files.upload</c> is retired.
/// </summary>
public sealed class SlackFileUploads(IHttpClientFactory clients)
{
    /// <summary>The named HTTP client uploads go through (a longer timeout than API calls), new from the factory for each call.</summary>
    public const string HttpClientName = "slack-uploads";

    public const string ReserveMethod = "files.getUploadURLExternal";

    /// <summary>Returns the upload URL and the file id Slack reserved for a file of <paramref name="length"/> bytes.</summary>
    public async Task<(Uri UploadUrl, string FileId)> ReserveAsync(string fileName, long length, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReserveMethod)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["filename"] = fileName,
                ["length"] = length.ToString(CultureInfo.InvariantCulture),
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        ThrowOnStatus(ReserveMethod, response);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
            throw new SlackApiException(ReserveMethod, error);
        }

        var url = root.GetProperty("upload_url").GetString();
        var id = root.GetProperty("file_id").GetString();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uploadUrl) || uploadUrl.Scheme is not ("https" or "http") || string.IsNullOrEmpty(id))
        {
            throw new SlackApiException(ReserveMethod, "invalid_upload_url");
        }

        return (uploadUrl, id);
    }

    /// <summary>Sends the bytes; Slack answers 200 once it has them.</summary>
    public async Task UploadAsync(Uri uploadUrl, byte[] bytes, string contentType, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        using var response = await clients.CreateClient(HttpClientName).PostAsync(uploadUrl, content, cancellationToken);
        ThrowOnStatus("file upload", response);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("file upload", $"http_{(int)response.StatusCode}");
        }
    }

    private static void ThrowOnStatus(string method, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var seconds = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            throw new SlackRateLimitedException(method, seconds);
        }

        if ((int)response.StatusCode >= 500)
        {
            throw new HttpRequestException($"Slack {method} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
    }
}
