namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Slack answered <c>{"ok":false,"error":...}</c> (checklist 40). <see cref="ErrorCode"/> is Slack's code;
/// <see cref="Needed"/> names a missing scope; <see cref="Messages"/> carries schema errors.
/// </summary>
public sealed class SlackApiException(string method, string errorCode, string? needed = null, IReadOnlyList<string>? messages = null)
    : Exception($"Slack {method} failed: {errorCode}" + (needed is null ? "" : $" (needs scope {needed})"))
{
    public string Method { get; } = method;
    public string ErrorCode { get; } = errorCode;
    public string? Needed { get; } = needed;
    public IReadOnlyList<string> Messages { get; } = messages ?? [];
}
