using CollabBot.Domain.Catalysts;

namespace CollabBot.Conversations.Catalysts;

public interface ICatalystStore
{
    Task<DateTimeOffset?> LastFiredAsync(Guid collaborationId, CatalystRule rule, CancellationToken cancellationToken);

    Task<IReadOnlyList<Intervention>> RecentAsync(Guid collaborationId, int count, CancellationToken cancellationToken);

    /// <summary>Interventions older than a week whose effect is not measured yet.</summary>
    Task<IReadOnlyList<Intervention>> AwaitingEffectAsync(Guid collaborationId, DateTimeOffset firedBefore, CancellationToken cancellationToken);

    void Add(Intervention intervention);
}
