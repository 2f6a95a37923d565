using System.Globalization;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Conversations.Messages;

/// <summary>
/// The outbox key of a turn's reply, "turn:{platform}:{dedup key}:{n}", or "turn:{platform}:#{inbox id}:{dedup key}:{n}"
/// for a turn from the inbox: one per reply, and stable when the turn is run again. Nothing reads a turn back out of a
/// key: a reply carries what it needs (<see cref="OutboxEntry.Origin"/>). The inbox id (12 digits) leads so that
/// replies committed together have neighbouring keys: SQLite then adds them at one place of the key's unique index
/// instead of rewriting a random page of it for each reply (Teams drain, 3 alternating rounds with a time-ordered key:
/// ×1.24, ×1.35, ×1.26).
/// </summary>
public static class TurnReplyKey
{
    /// <summary>What every turn reply's key starts with, whatever its platform (the retention job prunes by it).</summary>
    public const string AnyPrefix = "turn:";

    public static string Of(Platform platform, TurnRecord turn, int index) => turn.InboxId is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"{AnyPrefix}{platform}:#{id:D12}:{turn.DedupKey}:{index}")
        : string.Create(CultureInfo.InvariantCulture, $"{AnyPrefix}{platform}:{turn.DedupKey}:{index}");
}
