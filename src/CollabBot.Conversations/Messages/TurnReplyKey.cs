using CollabBot.Domain;

namespace CollabBot.Conversations.Messages;

/// <summary>
/// The outbox key of a turn's reply, "turn:{platform}:{dedup key}:{n}": one per reply, stable when the turn is run
/// again, and telling an adapter which turn a reply answers.
/// </summary>
public static class TurnReplyKey
{
    public static string Of(Platform platform, string dedupKey, int index) => $"{Prefix(platform)}{dedupKey}:{index}";

    /// <summary>The dedup key of the turn that <paramref name="key"/> answers on <paramref name="platform"/>; null when it is no turn reply's key.</summary>
    public static string? DedupKeyOf(string key, Platform platform)
    {
        var prefix = Prefix(platform);
        var indexStart = key.LastIndexOf(':');
        return key.StartsWith(prefix, StringComparison.Ordinal) && indexStart > prefix.Length ? key[prefix.Length..indexStart] : null;
    }

    private static string Prefix(Platform platform) => $"turn:{platform}:";
}
