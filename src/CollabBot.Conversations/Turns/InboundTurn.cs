using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Turns;

/// <summary>
/// One platform-neutral turn. Adapters build it from a wire payload after verifying the request.
/// Mentions of other people are normalised to <c>&lt;@userId&gt;</c> in <see cref="Text"/>
/// (Slack's own syntax; the Teams adapter rewrites <c>&lt;at&gt;</c> mentions from the entities).
/// </summary>
public sealed record InboundTurn
{
    public required ConversationAddress Where { get; init; }
    public required MemberRef Who { get; init; }
    public required TurnKind Kind { get; init; }
    public string? Text { get; init; }

    /// <summary>For <see cref="TurnKind.CardAction"/>: the action id and the card's input values.</summary>
    public string? ActionId { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The message the action was taken on, when the platform says.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>Unique per logical inbound event (Slack event_id, Teams activity id...); a repeat is ignored. Kept within <see cref="DedupKeys.MaxLength"/>.</summary>
    public required string DedupKey { get; init => field = DedupKeys.Bounded(value); }

    /// <summary>People the platform says were mentioned, by user id, with their display names.</summary>
    public IReadOnlyList<MemberRef> Mentions { get; init; } = [];

    /// <summary>Follows the turn through the logs; see <see cref="TurnCorrelation"/>.</summary>
    public string CorrelationId { get; init; } = TurnCorrelation.Current();

    /// <summary>For <see cref="TurnKind.Participation"/>: what the person did (a message, a reply in a thread, a reaction).</summary>
    public ParticipationKind Participation { get; init; } = ParticipationKind.Message;

    /// <summary>A way back to the person the platform gave with the turn (a response URL, a modal, an invoke), copied onto the replies.</summary>
    public TurnOrigin? Origin { get; init; }
}
