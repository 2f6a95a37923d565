namespace CollabBot.Conversations.Scheduling;

/// <summary>
/// Lists recurring work and runs one occurrence of it. Features with schedules implement this. A run covers the
/// collaborations of the platforms in its <see cref="PlatformScope"/> and no others.
/// </summary>
public interface IRecurringWorkSource
{
    /// <summary>The work that exists for the platforms in scope.</summary>
    Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Whether this source owns the work id.</summary>
    bool Owns(string workId);

    /// <summary>Runs the occurrence due at <paramref name="occurrence"/> for the platforms in scope. Must be idempotent per occurrence.</summary>
    Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope scope, CancellationToken cancellationToken);
}
