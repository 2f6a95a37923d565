namespace CollabBot.Conversations.Backlog;

/// <summary>Reads what is waiting in the store shared by every host.</summary>
public interface IBacklogProbe
{
    Task<BacklogReading> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// Turns accepted and not yet handled (a turn waiting out a retry's back-off is left out: it waits on purpose), and
/// messages due for delivery; each with the age of its oldest.
/// </summary>
public sealed record BacklogReading(int TurnsWaiting, TimeSpan OldestTurn, int MessagesDue, TimeSpan OldestMessage)
{
    public static BacklogReading Empty { get; } = new(0, TimeSpan.Zero, 0, TimeSpan.Zero);
}
