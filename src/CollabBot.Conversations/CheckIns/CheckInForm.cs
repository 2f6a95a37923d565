using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.CheckIns;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// The check-in card's fields by name, used by the card that asks (<see cref="CheckInCard"/>) and by what reads the
/// answer (<see cref="CheckInSubmission"/>): a submitted card comes back as its action id and its fields' values, and is
/// answered from them (<see cref="CheckInAnswering"/>), never turned into command text and parsed again.
/// </summary>
public static class CheckInForm
{
    /// <summary>The id of the card's send button: the turn's <see cref="InboundTurn.ActionId"/> on every platform.</summary>
    public const string SubmitActionId = "checkin-answer";

    /// <summary>The occurrence the card belongs to, carried in the send button's data.</summary>
    public const string Occurrence = "occurrence";

    public const string Win = "win";
    public const string Rating = "rating";
    public const string Dimension = "dimension";
    public const string Obstacle = "obstacle";

    /// <summary>Whether the commitment still holds: "keep" or "change" (issue 27, item 3); asked only of members who made one.</summary>
    public const string Commitment = "commitment";

    /// <summary>
    /// What cards sent before the send button had its own id carry instead (their button's id was "submit"): they are
    /// still in people's chats, and are read the same way.
    /// </summary>
    internal const string EarlierCommandTemplate = "checkin answer {occurrence}";

    /// <summary>Whether the turn is a submitted check-in card.</summary>
    public static bool IsSubmission(InboundTurn turn) =>
        turn.Kind == TurnKind.CardAction
        && (turn.ActionId == SubmitActionId || turn.Values.GetValueOrDefault(CardActionText.CommandKey) == EarlierCommandTemplate);
}

/// <summary>A submitted check-in card, read by field (<see cref="CheckInForm"/>); what is missing or malformed is null or 0.</summary>
public sealed record CheckInSubmission(Guid? OccurrenceId, string Win, int Rating, ValueDimension? Dimension, string? Obstacle, bool? CommitmentHolds = null)
{
    public static CheckInSubmission Read(IReadOnlyDictionary<string, string> values) => new(
        Guid.TryParse(values.GetValueOrDefault(CheckInForm.Occurrence), out var occurrence) ? occurrence : null,
        values.GetValueOrDefault(CheckInForm.Win) ?? "",
        int.TryParse(values.GetValueOrDefault(CheckInForm.Rating), NumberStyles.None, CultureInfo.InvariantCulture, out var rating) ? rating : 0,
        CheckInCard.ReadDimension(values.GetValueOrDefault(CheckInForm.Dimension)),
        values.GetValueOrDefault(CheckInForm.Obstacle),
        values.GetValueOrDefault(CheckInForm.Commitment)?.Trim() switch { "keep" => true, "change" => false, _ => null });
}
