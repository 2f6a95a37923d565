namespace CollabBot.Persistence.Turns;

/// <summary>A claimed inbox turn that a unit of work marks completed when it commits: the turn's record of being handled.</summary>
internal sealed record InboxCompletion(long Id, string DedupKey, DateTimeOffset At);
