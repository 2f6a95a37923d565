using CollabBot.Domain.Noise;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// What the bot said on its own, within the current unit of work: the signal records behind the fade alerts' rolling
/// limits, the posts the channel budget counts, and the small wins waiting for the next round-up.
/// </summary>
public interface ISignalStore
{
    /// <summary>Records about members of the collaborations in scope since <paramref name="since"/>, read-only.</summary>
    Task<IReadOnlyList<SignalRecord>> RecordsAsync(CollaborationScope scope, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(SignalRecord record);

    /// <summary>The collaboration's own posts since <paramref name="since"/>, those added in this unit of work included.</summary>
    Task<int> BotPostsSinceAsync(Guid collaborationId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>When the collaboration last posted this kind of post since <paramref name="since"/>.</summary>
    Task<DateTimeOffset?> LastBotPostAsync(Guid collaborationId, string kind, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(BotPost post);

    /// <summary>The collaborations in scope with small wins waiting to be celebrated.</summary>
    Task<IReadOnlySet<Guid>> WithWinsToCelebrateAsync(CollaborationScope scope, CancellationToken cancellationToken);

    /// <summary>The collaboration's small wins waiting to be celebrated, oldest first, tracked.</summary>
    Task<IReadOnlyList<SmallWin>> WinsToCelebrateAsync(Guid collaborationId, CancellationToken cancellationToken);
}
