namespace CollabBot.Channels.Slack.Events;

/// <summary>
/// The Events API request body: either <c>url_verification</c> (with a challenge) or
/// <c>event_callback</c> (an envelope around one event), PROTOCOLS.md §2.2.
/// </summary>
public sealed record EventCallback
{
    public const string UrlVerificationType = "url_verification";
    public const string EventCallbackType = "event_callback";

    public required string Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long EventTime { get; init; }
    public SlackEvent? Event { get; init; }

    /// <summary>Absent in older payloads; System.Text.Json leaves a missing init-only list null.</summary>
    public IReadOnlyList<EventAuthorization>? Authorizations { get; init; }
}
