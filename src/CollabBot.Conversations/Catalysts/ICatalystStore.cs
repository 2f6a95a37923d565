using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Catalysts;

namespace CollabBot.Conversations.Catalysts;

public interface ICatalystStore
{
    /// <summary>When each rule last fired, per collaboration in scope.</summary>
    Task<IReadOnlyList<(Guid CollaborationId, CatalystRule Rule, DateTimeOffset At)>> LastFiredAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>Interventions in scope since <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<Intervention>> SinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    Task<IReadOnlyList<Intervention>> RecentAsync(Guid collaborationId, int count, CancellationToken cancellationToken);

    /// <summary>Interventions (of any collaboration on the platforms in scope) fired before the given time whose effect is not measured yet; tracked.</summary>
    Task<IReadOnlyList<Intervention>> AwaitingEffectAsync(DateTimeOffset firedBefore, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Numbers of the decisions closed in [since, now) with a fast consensus, per collaboration in scope.</summary>
    Task<IReadOnlyList<(Guid CollaborationId, int Number)>> FastConsensusSinceAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Interventions posted in a channel before <paramref name="postedBefore"/> whose response is not recorded yet; tracked.</summary>
    Task<IReadOnlyList<Intervention>> AwaitingResponseAsync(DateTimeOffset postedBefore, PlatformScope scope, CancellationToken cancellationToken);

    /// <summary>Contributions in the collaboration in (from, to], check-in answers (given in private) not counted.</summary>
    Task<int> ContributionsAsync(Guid collaborationId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>One intervention, tracked.</summary>
    Task<Intervention?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Intervention intervention);
}
