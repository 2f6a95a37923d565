using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Actions;

/// <summary>
/// What `action` was asked: the text, and the trailing <c>owner @member</c> and <c>due &lt;date&gt;</c> clauses in
/// either order. "owner of the hall" or "due diligence" stay part of the text; a mention that is not a member, or a
/// date that cannot be read, is an error written for the person.
/// </summary>
public sealed record ActionRequest(string Text, Member? Owner, DateOnly? Due, string? Error)
{
    public static ActionRequest Read(string arguments, Collaboration collaboration, IReadOnlyList<MemberRef> mentions, DateOnly today)
    {
        var text = arguments.Trim();
        Member? owner = null;
        DateOnly? due = null;
        for (var clause = 0; clause < 2; clause++)
        {
            var (at, keyword) = LastClause(text);
            if (at < 0)
            {
                break;
            }

            var value = text[(at + keyword.Length + 1)..].Trim();
            if (keyword == "due" && due is null)
            {
                if (!DueDateText.TryRead(value, today, out var date))
                {
                    return DueDateText.LooksLikeDate(value)
                        ? new ActionRequest(text, null, null, $"I can't read \"{Excerpt.Of(value)}\" as a date. Write e.g. {DueDateText.Examples}.")
                        : new ActionRequest(text, owner, due, null);
                }

                due = date;
            }
            else if (keyword == "owner" && owner is null)
            {
                if (!value.StartsWith('@') && !value.StartsWith("<@", StringComparison.Ordinal))
                {
                    break;
                }

                var named = MemberMention.Resolve(value, collaboration, mentions);
                if (named is null || named.Rest.Length > 0 || collaboration.FindMember(named.UserId) is not { } member)
                {
                    return new ActionRequest(text, null, null, "Name the owner with an @mention of a member of the team, e.g. `action book the hall owner @ben due friday`.");
                }

                owner = member;
            }
            else
            {
                break;
            }

            text = text[..at].TrimEnd();
        }

        return new ActionRequest(text, owner, due, null);
    }

    /// <summary>Where the later of the words "due" and "owner" starts, and which it is; -1 when neither is there.</summary>
    private static (int At, string Keyword) LastClause(string text)
    {
        // With a space in front, a keyword at the very start is found too; its index in the padded text is then where
        // the word starts in the text itself.
        var padded = " " + text;
        var due = padded.LastIndexOf(" due ", StringComparison.OrdinalIgnoreCase);
        var owner = padded.LastIndexOf(" owner ", StringComparison.OrdinalIgnoreCase);
        return due > owner ? (due, "due") : owner >= 0 ? (owner, "owner") : (-1, "");
    }
}
