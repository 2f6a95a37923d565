using CollabBot.Domain;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// Erases a person's traces outside the convening tools' own records, within the turn's unit of work: their check-in
/// answers, commitments, small wins, offers and raw participation signals are deleted, they leave the lists of
/// prompted members; files sent to them and outbox messages addressed to them are deleted, their id and name are replaced in every other
/// stored message, and accepted turns that carry them are deleted.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Returns how many stored messages and turns were changed or deleted.</summary>
    Task<int> EraseAsync(Platform platform, string workspaceId, Guid memberId, string userId, string displayName, CancellationToken cancellationToken);
}
