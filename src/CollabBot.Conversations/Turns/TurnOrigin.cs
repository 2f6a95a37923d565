using System.Text.Json.Serialization;

namespace CollabBot.Conversations.Turns;

/// <summary>
/// A way back to the person that came with a turn, besides its conversation: the turn carries it, and
/// <see cref="Commands.CommandContext"/> copies it onto the replies it may carry (<see cref="CarriedBy"/>), so that the
/// adapter delivers each reply by what the reply says, never by looking the turn up again. Adapters name the
/// platform's own terms (Slack's response_url and view id, a Teams invoke); the conversation layer only copies.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ResponseUrl), "responseUrl")]
[JsonDerivedType(typeof(Modal), "modal")]
[JsonDerivedType(typeof(InlineAnswer), "inline")]
public abstract record TurnOrigin
{
    private protected TurnOrigin()
    {
    }

    /// <summary>Whether the origin takes one answer only (a modal, an invoke), not every reply.</summary>
    [JsonIgnore]
    public abstract bool TakesOneAnswer { get; }

    /// <summary>
    /// Whether a reply in the conversation may be that one answer when none is meant for the caller alone: yes where the
    /// answer is only shown there and still delivered as usual (a modal), no where it replaces the delivery (an invoke).
    /// </summary>
    [JsonIgnore]
    public abstract bool ShowsChannelReply { get; }

    /// <summary>
    /// A URL the platform accepts replies at for a while, even where the bot cannot post (Slack's response_url of a
    /// slash command: up to 5 replies within 30 minutes, PROTOCOLS.md §2.4). Replies only the caller sees go there only
    /// for <paramref name="UserId"/>.
    /// </summary>
    public sealed record ResponseUrl(Uri Url, DateTimeOffset ExpiresAt, string UserId) : TurnOrigin
    {
        public override bool TakesOneAnswer => false;

        public override bool ShowsChannelReply => true;
    }

    /// <summary>
    /// The turn was submitted from a form the platform shows over the conversation (a Slack modal, by its view id, with
    /// its title): the first answer to the person is shown in it, where they are.
    /// </summary>
    public sealed record Modal(string ViewId, string Title) : TurnOrigin
    {
        public override bool TakesOneAnswer => true;

        public override bool ShowsChannelReply => true;
    }

    /// <summary>
    /// The platform waits for the answer on the request itself (a Teams <c>adaptiveCard/action</c> invoke): the first
    /// answer to the person goes back inline, and is recorded as delivered in the turn's own commit.
    /// </summary>
    public sealed record InlineAnswer : TurnOrigin
    {
        /// <summary>What an inline answer is known by as a delivered message: the platform gives it no id of its own.</summary>
        public const string DeliveredAs = "inline-answer";

        public override bool TakesOneAnswer => true;

        public override bool ShowsChannelReply => false;
    }

    /// <summary>
    /// The turn's replies, each with the origin it carries: a reusable origin (a response URL) goes on every reply; one
    /// that takes one answer goes on the first reply meant for the caller alone, or, when there is none and the origin
    /// allows it, on the first reply in the conversation. A message with a file never takes one answer: a modal or an
    /// inline answer shows text and cards, not files.
    /// </summary>
    public static IReadOnlyList<Messages.OutboxEntry> CarriedOnto(InboundTurn turn, IReadOnlyList<Messages.OutboxEntry> replies)
    {
        if (turn.Origin is not { } origin)
        {
            return replies;
        }

        if (!origin.TakesOneAnswer)
        {
            return [.. replies.Select(r => r with { Origin = r.Origin ?? origin })];
        }

        var answer = FirstIndex(replies, r => r.Visibility != Messages.Visibility.Channel && r.RecipientUserId == turn.Who.UserId);
        if (answer < 0 && origin.ShowsChannelReply)
        {
            answer = FirstIndex(replies, r => r.Visibility == Messages.Visibility.Channel);
        }

        return [.. replies.Select((r, i) => i == answer && r.Origin is null ? r with { Origin = origin } : r)];
    }

    private static int FirstIndex(IReadOnlyList<Messages.OutboxEntry> replies, Func<Messages.OutboxEntry, bool> fits)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (replies[i].Message.File is null && fits(replies[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
