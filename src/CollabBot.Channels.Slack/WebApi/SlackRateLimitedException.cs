namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Slack answered 429 for a method or channel, or the client is still waiting out an earlier 429
/// (or the per-channel pace) for it: try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class SlackRateLimitedException(string method, TimeSpan retryAfter)
    : Exception($"Slack {method} is rate limited for {retryAfter.TotalSeconds:0.###} s")
{
    public string Method { get; } = method;
    public TimeSpan RetryAfter { get; } = retryAfter;
}
