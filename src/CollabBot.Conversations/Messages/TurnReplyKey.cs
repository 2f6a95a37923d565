using System.Globalization;
using CollabBot.Domain;

namespace CollabBot.Conversations.Messages;

/// <summary>
/// The outbox key of a turn's reply, "turn:{platform}:{dedup key}:{n}", or "turn:{platform}:#{inbox id}:{dedup key}:{n}"
/// for a turn from the inbox: one per reply, stable when the turn is run again, and telling an adapter which turn a
/// reply answers. The inbox id (12 digits) leads so that replies committed together have neighbouring keys: SQLite then
/// adds them at one place of the key's unique index instead of rewriting a random page of it for each reply (Teams
/// drain, 3 alternating rounds with a time-ordered key: ×1.24, ×1.35, ×1.26).
/// </summary>
public static class TurnReplyKey
{
    /// <summary>What every turn reply's key starts with, whatever its platform.</summary>
    public const string AnyPrefix = "turn:";

    public static string Of(Platform platform, string dedupKey, int index, long? inboxId = null) => inboxId is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"{Prefix(platform)}#{id:D12}:{dedupKey}:{index}")
        : string.Create(CultureInfo.InvariantCulture, $"{Prefix(platform)}{dedupKey}:{index}");

    /// <summary>The dedup key of the turn that <paramref name="key"/> answers on <paramref name="platform"/>; null when it is no turn reply's key.</summary>
    public static string? DedupKeyOf(string key, Platform platform)
    {
        var prefix = Prefix(platform);
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var start = prefix.Length;
        if (start < key.Length && key[start] == '#')
        {
            start = key.IndexOf(':', start) + 1;
        }

        var indexStart = key.LastIndexOf(':');
        return start > 0 && indexStart > start ? key[start..indexStart] : null;
    }

    private static string Prefix(Platform platform) => $"{AnyPrefix}{platform}:";
}
