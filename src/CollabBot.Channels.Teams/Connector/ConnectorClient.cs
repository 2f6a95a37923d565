using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CollabBot.Channels.Teams.Schema;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>
/// The Bot Connector REST API at a conversation's <c>serviceUrl</c> (PROTOCOLS.md §1.6): one attempt per
/// call, answers mapped to <see cref="ConnectorResult"/>; the outbox owns retries.
/// </summary>
public sealed class ConnectorClient(HttpClient http, BotTokenProvider tokens, ServiceUrls serviceUrls, TimeProvider clock)
{
    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, TeamsJsonContext.Default.Activity, cancellationToken);

    public Task<ConnectorResult> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<Activity>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, null, cancellationToken);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, TeamsJsonContext.Default.ConversationParameters, cancellationToken);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private async Task<ConnectorResult> SendAsync<T>(
        HttpMethod method, string serviceUrl, string path, T? body, JsonTypeInfo<T>? bodyType, CancellationToken cancellationToken)
    {
        // Callers check first and give up on the message; this is the last guard before the token leaves.
        if (!serviceUrls.IsAllowed(serviceUrl))
        {
            throw new ArgumentException($"The service URL {ServiceUrls.Origin(serviceUrl)} is not one the bot calls.", nameof(serviceUrl));
        }

        // Joined with exactly one '/' (PROTOCOLS.md §1.6).
        using var request = new HttpRequestMessage(method, new Uri(serviceUrl.TrimEnd('/') + "/" + path));
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null && bodyType is not null)
        {
            request.Content = JsonContent.Create(body, bodyType);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private async Task<ConnectorResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var id = text.Length == 0 ? null : TryRead(text, TeamsJsonContext.Default.ConversationResourceResponse)?.Id;
            return new ConnectorResult(response.StatusCode, id);
        }

        var error = text.Length == 0 ? null : TryRead(text, TeamsJsonContext.Default.ErrorResponse)?.Error;
        return new ConnectorResult(response.StatusCode, null, error?.Code, RetryAfter(response.Headers.RetryAfter));
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static T? TryRead<T>(string text, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
