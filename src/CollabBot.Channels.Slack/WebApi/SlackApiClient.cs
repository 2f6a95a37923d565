using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API (PROTOCOLS.md §3): a typed client from IHttpClientFactory whose base address is
/// <c>Slack:ApiBaseUrl</c>. One attempt per call: <c>ok:false</c> throws <see cref="SlackApiException"/>
/// even on HTTP 200, 429 pauses the method or channel and throws <see cref="SlackRateLimitedException"/>,
/// 5xx and answers that are not a Web API answer at all (<see cref="SlackUnexpectedAnswerException"/>) throw
/// <see cref="HttpRequestException"/>; the outbox decides about retrying. Tokens go only
/// into the Authorization header and are never logged.
/// </summary>
public sealed partial class SlackApiClient(IHttpClientFactory clients, SlackRateGate gate, TimeProvider clock, ILogger<SlackApiClient> logger)
{
    /// <summary>The named HTTP client the calls go through: a new one per call from the factory, so its handler rotates.</summary>
    public const string HttpClientName = "slack-api";

    /// <summary>The longest pace or budget wait the client waits out itself; longer waits go back to the caller as a throttle.</summary>
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A call's expected failures: Slack said no (ok:false, 429) or could not be reached in time. Work
    /// that may fail without loss (Home tab, modal, response_url) logs these and carries on.
    /// </summary>
    public static bool IsCallFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is SlackApiException or SlackRateLimitedException or HttpRequestException
        || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>Calls a method with a JSON body. <paramref name="rateKey"/> scopes 429 pauses and pacing.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject arguments, string token, RateKey rateKey, CancellationToken cancellationToken)
    {
        var (wait, slot) = gate.ReserveSlot(method, rateKey.Key, rateKey.Interval, MaxInlineWait);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Content = JsonContent.Create(arguments, SlackApiJsonContext.Default.JsonObject),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            return await SendAsync(method, request, rateKey.Key, cancellationToken);
        }
        finally
        {
            gate.Complete(rateKey.Key, slot);
        }
    }

    /// <summary>Posts a message to a slash command's response_url (no token: the URL is the credential).</summary>
    public async Task RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = JsonContent.Create(message, SlackApiJsonContext.Default.JsonObject) };
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SlackRateLimitedException("response_url", RetryAfter(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            LogServerError("response_url", (int)response.StatusCode);
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }

    /// <summary>Calls a method with a form body and no token (oauth.v2.access authenticates with the client secret).</summary>
    public async Task<JsonElement> CallFormAsync(string method, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(method, request, $"{method}:app", cancellationToken);
    }

    private async Task<JsonElement> SendAsync(string method, HttpRequestMessage request, string rateKey, CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = RetryAfter(response);
            gate.Pause(rateKey, retryAfter);
            LogRateLimited(method, retryAfter);
            throw new SlackRateLimitedException(method, retryAfter);
        }

        if ((int)response.StatusCode >= 500)
        {
            LogServerError(method, (int)response.StatusCode);
            throw new HttpRequestException($"Slack {method} answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var root = await ReadObjectAsync(method, response, cancellationToken);
        if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            return root;
        }

        if (Text(root, "error") is not { Length: > 0 } error)
        {
            LogUnexpected(method, (int)response.StatusCode, "ok:false without an error code");
            throw new SlackUnexpectedAnswerException(method, "ok:false without an error code");
        }

        var needed = Text(root, "needed");
        var messages = root.TryGetProperty("response_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
        LogApiError(method, error, needed, string.Join(" | ", messages));
        throw new SlackApiException(method, error, needed, messages);
    }

    /// <summary>The answer's JSON object; anything else (a proxy's HTML page, an array) is an unexpected answer, not a crash.</summary>
    private async Task<JsonElement> ReadObjectAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), default, cancellationToken);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
            // Reported below, like any other answer that is not a JSON object.
        }

        var what = $"HTTP {(int)response.StatusCode} with a body that is not a JSON object ({response.Content.Headers.ContentType?.MediaType ?? "no content type"})";
        LogUnexpected(method, (int)response.StatusCode, what);
        throw new SlackUnexpectedAnswerException(method, what);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { Delta: { } delta })
        {
            return delta;
        }

        // Slack sends whole seconds; a missing or unreadable header means "about a second" (SlackNet, PSDK default).
        return response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(1);
    }

    [LoggerMessage(LogLevel.Warning, "Slack {Method} rate limited; waiting {RetryAfter} for that method or channel")]
    private partial void LogRateLimited(string method, TimeSpan retryAfter);

    [LoggerMessage(LogLevel.Warning, "Slack {Method} answered HTTP {Status}")]
    private partial void LogServerError(string method, int status);

    [LoggerMessage(LogLevel.Warning, "Slack {Method} answered HTTP {Status} with something unexpected: {What}")]
    private partial void LogUnexpected(string method, int status, string what);

    [LoggerMessage(LogLevel.Warning, "Slack {Method} failed with {Error} (needed: {Needed}; {Messages})")]
    private partial void LogApiError(string method, string error, string? needed, string messages);
}
