using CollabBot.Channels.Teams.Cards;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.Participation;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>Builds neutral turns from authenticated Teams activities.</summary>
public static class TeamsTurns
{
    public static ConversationAddress Address(Activity activity)
    {
        var (conversationId, threadId) = ActivityReferences.SplitConversationId(activity.Conversation?.Id ?? "");
        return new ConversationAddress(Platform.Teams, ActivityReferences.TenantOf(activity), conversationId, threadId);
    }

    public static MemberRef Who(ChannelAccount? account) =>
        new(account?.Id ?? "", account?.Name is { Length: > 0 } name ? name : account?.Id ?? "");

    /// <summary>Unique per activity: Teams message ids are only unique within a conversation.</summary>
    public static string DedupKey(Activity activity, string? suffix = null) =>
        $"activity:{Address(activity).ConversationId}:{activity.Id}" + (suffix is null ? "" : ":" + suffix);

    /// <summary>
    /// A message: a card submit when it carries <c>value</c> and no text (Action.Submit, PROTOCOLS.md §4 item 16);
    /// a command in a 1:1 chat or when the bot is mentioned; otherwise channel chatter, a participation signal.
    /// </summary>
    public static InboundTurn FromMessage(Activity activity)
    {
        if (activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } && string.IsNullOrWhiteSpace(activity.Text))
        {
            return CardAction(activity, activity.Value);
        }

        var normalised = MentionText.Normalise(activity);
        var addressed = ActivityReferences.IsPersonal(activity) || normalised.BotMentioned;
        var where = Address(activity);
        return new InboundTurn
        {
            Where = where,
            Who = Who(activity.From),
            Kind = addressed ? TurnKind.Command : TurnKind.Participation,
            Text = normalised.Text,
            Mentions = normalised.Mentions,
            DedupKey = DedupKey(activity),

            // In a channel thread, the root post's id is the thread id; anything else in it is a reply.
            Participation = where.ThreadId is { } root && root != activity.Id ? ParticipationKind.Reply : ParticipationKind.Message,
        };
    }

    /// <summary>
    /// A card button: the action's data merged with the inputs; the action id travels in the data. An Action.Execute's
    /// <paramref name="verb"/>, when set, is the action id.
    /// </summary>
    public static InboundTurn CardAction(Activity activity, System.Text.Json.JsonElement? data, string? verb = null)
    {
        var values = CardValues.From(data);
        return new InboundTurn
        {
            Where = Address(activity),
            Who = Who(activity.From),
            Kind = TurnKind.CardAction,
            ActionId = verb is { Length: > 0 } ? verb : values.GetValueOrDefault(CardElements.ActionIdKey),
            Values = values,
            ReplyToMessageId = activity.ReplyToId,
            DedupKey = DedupKey(activity),
        };
    }

    public static InboundTurn Reaction(Activity activity) => new()
    {
        Where = Address(activity),
        Who = Who(activity.From),
        Kind = TurnKind.Participation,
        Participation = ParticipationKind.Reaction,
        ReplyToMessageId = activity.ReplyToId,
        DedupKey = DedupKey(activity),
    };

    public static InboundTurn MemberJoined(Activity activity, ChannelAccount member) => new()
    {
        Where = Address(activity),
        Who = Who(member),
        Kind = TurnKind.MemberJoined,
        DedupKey = DedupKey(activity, member.Id),
    };

    /// <summary>The bot was added: greet whoever added it with the command list (the help command).</summary>
    public static InboundTurn Welcome(Activity activity) => new()
    {
        Where = Address(activity),
        Who = Who(activity.From),
        Kind = TurnKind.Command,
        Text = "help",
        DedupKey = DedupKey(activity, "welcome"),
    };
}
