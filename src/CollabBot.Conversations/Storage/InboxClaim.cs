namespace CollabBot.Conversations.Storage;

/// <summary>
/// The inbox row a turn was claimed from. <paramref name="CheckedUnhandled"/>: the claim found the turn unhandled just
/// before (see <see cref="ITurnInbox.ClaimLeavesOutHandledTurns"/>).
/// </summary>
public readonly record struct InboxClaim(long Id, bool CheckedUnhandled)
{
    /// <summary>The same row, to be checked again (a retry, or a fresh unit of work).</summary>
    public InboxClaim Unchecked() => this with { CheckedUnhandled = false };
}
