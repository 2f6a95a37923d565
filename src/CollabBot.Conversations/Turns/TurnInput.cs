using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Turns;

/// <summary>
/// What a turn carries, made storable before any command sees it: NUL and other control characters (except tab and
/// line breaks) are dropped, as PostgreSQL stores no NUL in text; a lone surrogate becomes U+FFFD, as no database
/// stores half a character; a display name longer than a platform allows is cut. Most turns need none of it and are
/// returned as they are.
/// </summary>
public static class TurnInput
{
    public static InboundTurn Clean(InboundTurn turn)
    {
        if (IsClean(turn.Text) && IsClean(turn.Who.DisplayName) && turn.Who.DisplayName.Length <= Member.MaxDisplayNameLength
            && turn.Values.All(v => IsClean(v.Key) && IsClean(v.Value)) && turn.Mentions.All(m => IsClean(m.DisplayName)))
        {
            return turn;
        }

        return turn with
        {
            Text = turn.Text is null ? null : Clean(turn.Text),
            Who = turn.Who with { DisplayName = Clean(turn.Who.DisplayName) },
            Values = turn.Values.ToDictionary(v => Clean(v.Key), v => Clean(v.Value)),
            Mentions = [.. turn.Mentions.Select(m => m with { DisplayName = Clean(m.DisplayName) })],
        };
    }

    private static bool IsClean(string? text) =>
        text is null || (text.AsSpan().IndexOfAnyInRange('\0', '\u0008') < 0 && text.AsSpan().IndexOfAnyInRange('\u000B', '\u001F') < 0
            && !text.Contains('\u007F') && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0);

    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var cleaned = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                cleaned.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r' || !char.IsControl(c) || c > '\u007F')
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString();
    }
}
