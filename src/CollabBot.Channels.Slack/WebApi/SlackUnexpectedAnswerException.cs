namespace CollabBot.Channels.Slack.WebApi;

/// <summary>
/// Slack's answer had a shape no Web API method answers with: not JSON (a proxy's error page), not an object, or
/// <c>ok:false</c> without an error code. Treated like a failed connection: the call may be tried again later.
/// </summary>
public sealed class SlackUnexpectedAnswerException(string method, string what)
    : HttpRequestException($"Slack {method} answered {what}")
{
    public string Method { get; } = method;
}
