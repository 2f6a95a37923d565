using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Network;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Daily at 07:00 UTC: one <see cref="CollaborationSweep"/> over every active collaboration, in which the fade rule
/// (<see cref="ParticipationScan"/>), the catalyst rules (<see cref="CatalystScan"/>), the round-up of small wins
/// (<see cref="WinsRoundup"/>) and the network stage (<see cref="NetworkScan"/>) read the same snapshot, so the day's aggregates are computed once for all.
/// </summary>
public sealed class DailyScan(CollaborationSweep sweep, ParticipationScan fading, CatalystScan catalysts, ILogger<DailyScan> logger) : IRecurringWorkSource
{
    public const string WorkId = "daily-scan";

    /// <summary>How far back the fade alerts' memory reads: longer than any episode's limits look.</summary>
    public static readonly TimeSpan RecordsRead = TimeSpan.FromDays(120);

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 7 * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await catalysts.RecordEffectsAsync(occurrence, platforms, cancellationToken);
        var scope = new CollaborationScope.Active(occurrence) { Platforms = platforms };
        var collaborations = 0;
        var sent = await sweep.RunAsync(scope, occurrence, async (services, snapshot) =>
            {
                collaborations = snapshot.Collaborations.Count;
                var signals = services.GetRequiredService<ISignalStore>();
                return new Facts(
                    await CatalystScan.LoadFactsAsync(services, scope, occurrence, cancellationToken),
                    (await signals.RecordsAsync(scope, occurrence - RecordsRead, cancellationToken)).ToLookup(r => r.MemberId),
                    await signals.WithWinsToCelebrateAsync(scope, cancellationToken),
                    await services.GetRequiredService<INetworkStore>().FactsAsync(scope, cancellationToken));
            },
            async (context, collaboration, facts) =>
                await fading.VisitAsync(context, collaboration, facts.Records, occurrence, cancellationToken)
                + await CatalystScan.VisitAsync(context, collaboration, facts.Catalysts, occurrence, cancellationToken)
                + await WinsRoundup.VisitAsync(context, collaboration, facts.WinsWaiting, occurrence, cancellationToken)
                + await NetworkScan.VisitAsync(context, collaboration, facts.Network.GetValueOrDefault(collaboration.Id) ?? NetworkFacts.None, occurrence, cancellationToken),
            cancellationToken,
            async (context, chunk, _) =>
            {
                await ParticipationScan.LookAheadAsync(context, chunk, occurrence, cancellationToken);
                await CatalystScan.LookAheadAsync(context, chunk, occurrence, cancellationToken);
            });
        logger.LogInformation("Daily scan at {Occurrence}: {Collaborations} collaborations, {Sent} alerts, interventions and round-ups", occurrence, collaborations, sent);
    }

    private sealed record Facts(CatalystScan.Facts Catalysts, ILookup<Guid, SignalRecord> Records, IReadOnlySet<Guid> WinsWaiting, IReadOnlyDictionary<Guid, NetworkFacts> Network);
}
