using CollabBot.Domain.Participation;
using CollabBot.Persistence.Outbox;

namespace CollabBot.Persistence.Turns;

/// <summary>
/// What a unit of work that changed nothing else commits: the turn's record (a handled-turn row, or its inbox row's
/// completion; neither for a job run), new outbox rows, participation signals, and which of the rows were delivered
/// inline already (with the id the platform knows them by).
/// </summary>
internal sealed record Appends(
    HandledTurn? Handled,
    InboxCompletion? InboxTurn,
    IReadOnlyList<OutboxRow> Rows,
    IReadOnlyList<ParticipationSignal> Signals,
    IReadOnlyList<(OutboxRow Row, string PlatformMessageId)> Delivered,
    DateTimeOffset At)
{
    public string? DedupKey => Handled?.DedupKey ?? InboxTurn?.DedupKey;
}
