using CollabBot.Domain.Obstacles;

namespace CollabBot.Conversations.Obstacles;

/// <summary>What <c>done</c> closes; each kind is numbered from 1.</summary>
internal enum DoneKind
{
    Action,
    Obstacle,
    Risk,
}

internal static class DoneKinds
{
    /// <summary>Reads the kind word of <c>done action 2</c> (singular or plural, any case); none leaves the text as it is.</summary>
    public static (DoneKind? Kind, string Remainder) Read(string arguments)
    {
        var text = arguments.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var word = (space < 0 ? text : text[..space]).TrimEnd('s', 'S');
        return Enum.TryParse<DoneKind>(word, ignoreCase: true, out var kind) && !int.TryParse(word, out _)
            ? (kind, space < 0 ? "" : text[(space + 1)..])
            : (null, text);
    }

    public static DoneKind Of(ConcernKind kind) => kind == ConcernKind.Obstacle ? DoneKind.Obstacle : DoneKind.Risk;

    public static string Word(this DoneKind kind) => kind.ToString().ToLowerInvariant();
}
