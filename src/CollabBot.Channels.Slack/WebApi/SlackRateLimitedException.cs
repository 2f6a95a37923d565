namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Slack answered 429 for a method or channel, or (<see cref="Local"/>) the client is still waiting out an earlier
/// 429, the per-channel pace or the method's budget for it: try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class SlackRateLimitedException(string method, TimeSpan retryAfter, bool local = false)
    : Exception($"Slack {method} is rate limited for {retryAfter.TotalSeconds:0.###} s")
{
    public string Method { get; } = method;
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>No request was made: the client's own pacing or pause said wait.</summary>
    public bool Local { get; } = local;
}
