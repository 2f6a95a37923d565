namespace CollabBot.Conversations.Commands;

/// <summary>
/// What a reply quotes of what a person typed: at most <see cref="MaxLength"/> characters on one line, with an
/// ellipsis when cut, so a refusal of 600 KB of input is one short post, not many.
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 40;

    public static string Of(string? text, int max = MaxLength)
    {
        var flat = string.Join(' ', (text ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        // Never cut a surrogate pair in two.
        var cut = char.IsHighSurrogate(flat[max - 1]) ? max - 1 : max;
        return flat[..cut] + "…";
    }
}
