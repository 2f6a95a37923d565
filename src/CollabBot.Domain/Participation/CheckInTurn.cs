namespace CollabBot.Domain.Participation;

/// <summary>One closed check-in as the fade rule sees it for one member: when it opened, whether they were asked, whether they answered.</summary>
public readonly record struct CheckInTurn(DateTimeOffset OpenedAt, bool Asked, bool Answered);
