using System.Text.RegularExpressions;
using CollabBot.Channels.Slack.Commands;
using CollabBot.Channels.Slack.Events;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.Participation;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// Builds neutral turns from verified Events API and slash-command payloads. People are named
/// <c>&lt;@U123&gt;</c>, which Slack shows as their current name wherever the bot writes it. Mentions are read from the
/// text as Slack sent it; the turn's text is then decoded to plain text (<see cref="SlackText"/>).
/// </summary>
public static partial class SlackTurns
{
    /// <summary>Message subtypes that are still a person speaking; edits, deletions, joins and bots are not.</summary>
    private static readonly HashSet<string> SpokenSubtypes = ["thread_broadcast", "file_share", "me_message"];

    public static MemberRef Person(string userId) => new(userId, $"<@{userId}>");

    /// <summary>The turn an event stands for, or null when it is nothing the conversation layer hears.</summary>
    public static InboundTurn? FromEvent(EventCallback envelope, string teamId, string? botUserId)
    {
        var e = envelope.Event!;
        if (e.User is null || e.User == botUserId || e.BotId is not null)
        {
            return null;
        }

        var dedup = $"event:{envelope.ApiAppId}:{envelope.EventId}";
        switch (e.Type)
        {
            case "app_mention" when e.Channel is not null:
                var text = StripLeadingMention(e.Text ?? "", botUserId);
                return Turn(teamId, e.Channel, e.ThreadTs, e.User, TurnKind.Command, dedup) with { Text = SlackText.Decode(text), Mentions = MentionsIn(text) };
            case "message" when e.Channel is not null && e.ChannelType is "channel" or "group"
                && (e.Subtype is null || SpokenSubtypes.Contains(e.Subtype)):
                return Turn(teamId, e.Channel, e.ThreadTs, e.User, TurnKind.Participation, dedup) with
                {
                    // A reply in a thread carries the thread's ts; the thread's first message carries its own.
                    Participation = e.ThreadTs is { } thread && thread != e.Ts ? ParticipationKind.Reply : ParticipationKind.Message,
                };
            case "reaction_added" when e.Item is { Type: "message", Channel: { } channel }:
                return Turn(teamId, channel, null, e.User, TurnKind.Participation, dedup) with
                {
                    Participation = ParticipationKind.Reaction,
                    Values = new Dictionary<string, string> { ["reaction"] = e.Reaction ?? "" },
                    ReplyToMessageId = e.Item.Ts,
                };
            case "member_joined_channel" when e.Channel is not null:
                return Turn(teamId, e.Channel, null, e.User, TurnKind.MemberJoined, dedup);
            default:
                return null;
        }
    }

    /// <summary>A slash command is always a command; its trigger_id is unique per invocation.</summary>
    public static InboundTurn FromCommand(SlashCommand command) =>
        Turn(command.TeamId, command.ChannelId, null, command.UserId, TurnKind.Command, $"command:{command.ApiAppId}:{command.TriggerId}") with
        {
            Text = SlackText.Decode(command.Text),
            Mentions = MentionsIn(command.Text),
        };

    internal static InboundTurn Turn(string teamId, string channelId, string? threadTs, string userId, TurnKind kind, string dedupKey) => new()
    {
        Where = new ConversationAddress(Platform.Slack, teamId, channelId, threadTs),
        Who = Person(userId),
        Kind = kind,
        DedupKey = dedupKey,
    };

    internal static string StripLeadingMention(string text, string? botUserId)
    {
        var match = LeadingMention().Match(text);
        return match.Success && (botUserId is null || match.Groups["id"].Value == botUserId)
            ? text[match.Length..].Trim()
            : text.Trim();
    }

    private static List<MemberRef> MentionsIn(string text) =>
        [.. Mention().Matches(text).Select(m => m.Groups["id"].Value).Distinct().Select(Person)];

    [GeneratedRegex(@"^\s*<@(?<id>[A-Z0-9]+)(\|[^>]*)?>[\s:,]*")]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(\|[^>]*)?>")]
    private static partial Regex Mention();
}
