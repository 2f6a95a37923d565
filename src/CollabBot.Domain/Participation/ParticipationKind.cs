namespace CollabBot.Domain.Participation;

/// <summary>What a member did that counts as taking part (DOMAIN.md §4). Bot messages, edits and deletions never count.</summary>
public enum ParticipationKind
{
    Message,
    Reply,
    Reaction,
    CheckInAnswer,
    SmallWin,
    Command,
    Vote,
    Definition,
    Idea,
}
