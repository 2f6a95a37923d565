using CollabBot.Conversations.Digests;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Catalysts;

/// <summary>
/// Daily: evaluates the catalyst rules for every collaboration from database aggregates, posts the interventions
/// that fired (not muted, past their cool-down) to the channel, logs each with its triggering signals, and a
/// week later records its effect (contributions in the 7 days after against the 7 before).
/// </summary>
public sealed class CatalystScan(IServiceScopeFactory scopes, ILogger<CatalystScan> logger) : IRecurringWorkSource
{
    public const string WorkId = "catalyst-scan";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "0 8 * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().PhaseStartedBeforeAsync(occurrence, cancellationToken);
        }

        var fired = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            fired += await EvaluateAsync(scope.ServiceProvider, id, occurrence, cancellationToken);
        }

        logger.LogInformation("Catalyst scan at {Occurrence}: {Collaborations} collaborations, {Fired} interventions", occurrence, ids.Count, fired);
    }

    private static async Task<int> EvaluateAsync(IServiceProvider services, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICollaborationStore>();
        var catalysts = services.GetRequiredService<ICatalystStore>();
        var participation = services.GetRequiredService<IParticipationStore>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        if (await store.FindAsync(id, cancellationToken) is not { } collaboration)
        {
            return 0;
        }

        foreach (var past in await catalysts.AwaitingEffectAsync(id, now.AddDays(-7), cancellationToken))
        {
            past.RecordEffect(
                await participation.CountAsync(id, past.At.AddDays(-7), past.At, cancellationToken),
                await participation.CountAsync(id, past.At, past.At.AddDays(7), cancellationToken));
        }

        var situation = await SituationAsync(collaboration, participation, services.GetRequiredService<IDigestStore>(), now, cancellationToken);
        var workspace = await store.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        var fired = 0;
        foreach (var trigger in CatalystRules.Evaluate(situation).Where(t => !collaboration.MutedCatalysts.Contains(CatalystMessages.Name(t.Rule))))
        {
            if (await catalysts.LastFiredAsync(id, trigger.Rule, cancellationToken) is { } last && now - last < CatalystRules.CoolDown(trigger.Rule))
            {
                continue;
            }

            var message = CatalystMessages.For(trigger.Rule, now);
            catalysts.Add(new Intervention(id, trigger.Rule, trigger.Signals, message, now));
            await unitOfWork.EnqueueAsync(new OutboxEntry
            {
                To = new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId),
                Visibility = Visibility.Channel,
                Message = new OutboundMessage(message),
                IdempotencyKey = $"catalyst:{id:N}:{trigger.Rule}:{DateOnly.FromDateTime(now.UtcDateTime):yyyyMMdd}",
            }, cancellationToken);
            fired++;
        }

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (DuplicateWriteException)
        {
            return 0;
        }

        return fired;
    }

    private static async Task<CatalystSituation> SituationAsync(Collaboration collaboration, IParticipationStore participation, IDigestStore digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var activity = await participation.ActivityAsync(collaboration.Id, now.AddDays(-14), now.AddDays(-14), cancellationToken);
        var contributors = activity.Where(a => a.Recent > 0).ToList();
        var sectors = collaboration.Members.Where(m => contributors.Any(c => c.MemberId == m.Id) && m.Sector is not null).Select(m => m.Sector).Distinct().Count();
        var weeks = await digests.WeeklyAsync(collaboration.Id, Enumerable.Range(1, 4).Select(i => now.AddDays(-7 * (5 - i))).ToList(), cancellationToken);
        return new CatalystSituation(
            collaboration.CurrentPhase, collaboration.TimeInPhase(now).TotalDays, collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays,
            contributors.Select(c => c.Recent).ToList(), sectors, weeks.Select(w => w.Signals).ToList());
    }
}
