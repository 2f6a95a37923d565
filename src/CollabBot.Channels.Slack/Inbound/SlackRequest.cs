using CollabBot.Channels.Slack.Signing;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>A request's raw body and what its signature check said; or the status it was turned away with.</summary>
public sealed record SlackRequest(byte[] Body, SignatureCheck Check, int? RejectedWith = null)
{
    public bool IsVerified => RejectedWith is null && Check == SignatureCheck.Valid;

    /// <summary>What to answer a request that is not verified: its rejection status, or 401.</summary>
    public IResult Failure => Results.StatusCode(RejectedWith ?? StatusCodes.Status401Unauthorized);

    public static SlackRequest Rejected(int status) => new([], SignatureCheck.MissingHeaders, status);
}
