using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Daily at 07:00 UTC: one <see cref="CollaborationSweep"/> over every active collaboration, in which the fade rule
/// (<see cref="ParticipationScan"/>) and the catalyst rules (<see cref="CatalystScan"/>) read the same snapshot, so
/// the day's aggregates are computed once for both.
/// </summary>
public sealed class DailyScan(CollaborationSweep sweep, ParticipationScan fading, CatalystScan catalysts, ILogger<DailyScan> logger) : IRecurringWorkSource
{
    public const string WorkId = "daily-scan";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 7 * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await catalysts.RecordEffectsAsync(occurrence, platforms, cancellationToken);
        var scope = new CollaborationScope.Active(occurrence) { Platforms = platforms };
        var collaborations = 0;
        var sent = await sweep.RunAsync(scope, occurrence, (services, snapshot) =>
            {
                collaborations = snapshot.Collaborations.Count;
                return CatalystScan.LoadFactsAsync(services, scope, occurrence, cancellationToken);
            },
            async (context, collaboration, facts) =>
                await fading.VisitAsync(context, collaboration, occurrence, cancellationToken)
                + await CatalystScan.VisitAsync(context, collaboration, facts, occurrence, cancellationToken),
            cancellationToken,
            async (context, chunk, _) =>
            {
                await ParticipationScan.LookAheadAsync(context, chunk, occurrence, cancellationToken);
                await CatalystScan.LookAheadAsync(context, chunk, occurrence, cancellationToken);
            });
        logger.LogInformation("Daily scan at {Occurrence}: {Collaborations} collaborations, {Sent} fade alerts and interventions", occurrence, collaborations, sent);
    }
}
