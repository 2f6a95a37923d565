using System.Text.RegularExpressions;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Turns;

namespace CollabBot.Channels.Teams.Activities;

/// <summary>
/// Normalises a message's mentions: the bot's own <c>&lt;at&gt;</c> mention is removed (case-insensitive,
/// then trimmed, as botbuilder's RemoveMentionText, PROTOCOLS.md §4 item 19); other people's become
/// <c>&lt;@id&gt;</c>, which the conversation layer understands.
/// </summary>
public static class MentionText
{
    public sealed record Result(string Text, IReadOnlyList<MemberRef> Mentions, bool BotMentioned);

    public static Result Normalise(Activity activity)
    {
        var text = activity.Text ?? "";
        var mentions = new List<MemberRef>();
        var botMentioned = false;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Mentioned?.Id is not { Length: > 0 } id)
            {
                continue;
            }

            var name = entity.Mentioned.Name ?? "";
            var pattern = Regex.Escape(entity.Text ?? $"<at>{name}</at>");
            if (string.Equals(id, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                botMentioned = true;
                text = Regex.Replace(text, pattern, "", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                continue;
            }

            text = Regex.Replace(text, pattern, $"<@{id}>".Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            if (mentions.TrueForAll(m => m.UserId != id))
            {
                mentions.Add(new MemberRef(id, name.Length > 0 ? name : id));
            }
        }

        return new Result(text.Trim(), mentions, botMentioned);
    }
}
