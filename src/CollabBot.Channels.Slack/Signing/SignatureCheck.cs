namespace CollabBot.Channels.Slack.Signing;

/// <summary>Why a request's signature was or was not accepted (logged, never shown to the caller).</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    MalformedSignature,
    WrongSignature,
}
