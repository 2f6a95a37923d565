namespace CollabBot.Conversations.Scheduling;

/// <summary>Lists recurring work and runs one occurrence of it. Features with schedules implement this.</summary>
public interface IRecurringWorkSource
{
    Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether this source owns the work id.</summary>
    bool Owns(string workId);

    /// <summary>Runs the occurrence due at <paramref name="occurrence"/>. Must be idempotent per occurrence.</summary>
    Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken);
}
