using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Catalysts;

/// <summary>
/// The catalyst half of the <see cref="DailyScan"/>: records the effect of the interventions a week old (contributions
/// in the 7 days after against the 7 before) and whether anyone answered those two days old, then evaluates the catalyst
/// rules and sends the interventions that fired (not muted, past their cool-down, not during a declared break) where
/// <see cref="CatalystRouting"/> says: the channel (within its budget), the team's catalyst as a suggestion, or the
/// conveners and coordinators privately once the channel stopped answering. Each is logged with its triggering signals.
/// </summary>
public sealed class CatalystScan(IServiceScopeFactory scopes, ILogger<CatalystScan> logger)
{
    /// <summary>What the rules read besides the snapshot: when each rule last fired, the week's fast consensus, the latest channel posts, and where the last two weeks' ideas came from.</summary>
    public sealed record Facts(
        IReadOnlyDictionary<(Guid CollaborationId, CatalystRule Rule), DateTimeOffset> LastFired, ILookup<Guid, int> FastConsensus, ILookup<Guid, Intervention> Posted,
        ILookup<Guid, IdeaOrigin> Ideas);

    public static async Task<Facts> LoadFactsAsync(IServiceProvider services, CollaborationScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICatalystStore>();
        var lastFired = (await store.LastFiredAsync(scope, cancellationToken)).ToDictionary(l => (l.CollaborationId, l.Rule), l => l.At);
        var fast = (await store.FastConsensusSinceAsync(scope, now.AddDays(-7), cancellationToken)).ToLookup(f => f.CollaborationId, f => f.Number);
        var posted = (await store.SinceAsync(scope, now.AddDays(-90), cancellationToken)).Where(i => i.Route == CatalystRoute.Channel).ToLookup(i => i.CollaborationId);
        var ideas = (await services.GetRequiredService<IIdeaStore>().OriginsSinceAsync(scope, now.AddDays(-14), cancellationToken)).ToLookup(i => i.CollaborationId, i => i.Origin);
        return new Facts(lastFired, fast, posted, ideas);
    }

    /// <summary>One collaboration of the sweep; returns the interventions sent.</summary>
    public static async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, Facts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (collaboration.IsPaused(ParticipationScan.Today(collaboration, now)))
        {
            return 0;
        }

        var weeks = context.Snapshot.WeeklySignals(collaboration);
        var situation = new CatalystSituation(
            collaboration.CurrentPhase, collaboration.TimeInPhase(now).TotalDays, collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays,
            facts.Ideas[collaboration.Id].ToList(), collaboration.SectorsPresent(), collaboration.Members.Count,
            weeks.TakeLast(4).ToList(), facts.FastConsensus[collaboration.Id].ToList());
        var sent = 0;
        foreach (var trigger in CatalystRules.Evaluate(situation).Where(t => !collaboration.MutedCatalysts.Contains(CatalystMessages.Name(t.Rule))))
        {
            if (facts.LastFired.TryGetValue((collaboration.Id, trigger.Rule), out var last) && now - last < CatalystRules.CoolDown(trigger.Rule))
            {
                continue;
            }

            var posted = facts.Posted[collaboration.Id].OrderByDescending(i => i.At).ToList();
            var route = CatalystRouting.Decide(posted, context.Snapshot.LastContribution(collaboration), collaboration.Members.Any(m => m.Holds(Domain.Members.Role.Catalyst)));
            sent += await CatalystDelivery.SendAsync(context, collaboration, trigger, route, now, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Asks the outbox once for the chunk whether each rule already spoke today.</summary>
    public static Task LookAheadAsync(SweepContext context, IReadOnlyList<Collaboration> chunk, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.UnitOfWork.LookAheadAsync(
            new OutboxLookahead(chunk.SelectMany(c => Enum.GetValues<CatalystRule>().Select(rule => CatalystDelivery.Key(c, rule, now))).ToList(), "", [], now, now),
            cancellationToken);

    /// <summary>
    /// Contributions in the 7 days before and after each intervention a week old, from the daily totals; and, for those
    /// posted in a channel two days ago or more, whether anyone took part in the two days after.
    /// </summary>
    public async Task RecordEffectsAsync(DateTimeOffset now, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<ICatalystStore>();
        var answered = await store.AwaitingResponseAsync(now - Intervention.ResponseWindow, platforms, cancellationToken);
        foreach (var intervention in answered)
        {
            intervention.RecordResponse(await store.ContributionsAsync(intervention.CollaborationId, intervention.At, intervention.At + Intervention.ResponseWindow, cancellationToken) > 0);
        }

        var due = await store.AwaitingEffectAsync(now.AddDays(-7), platforms, cancellationToken);
        if (due.Count > 0)
        {
            var participation = services.GetRequiredService<IParticipationStore>();
            await participation.RefreshDailyTotalsAsync(cancellationToken);
            var days = (await participation.DailyAsync(due.Select(i => i.CollaborationId).Distinct().ToList(),
                ParticipationSignal.DayOf(due.Min(i => i.At)).AddDays(-7), now, cancellationToken)).ToLookup(d => d.CollaborationId);
            foreach (var intervention in due)
            {
                var day = ParticipationSignal.DayOf(intervention.At);
                var counts = days[intervention.CollaborationId];
                intervention.RecordEffect(
                    counts.Where(d => d.Day >= day.AddDays(-7) && d.Day < day).Sum(d => d.Signals),
                    counts.Where(d => d.Day >= day && d.Day < day.AddDays(7)).Sum(d => d.Signals));
            }
        }

        if (answered.Count + due.Count == 0)
        {
            return;
        }

        try
        {
            await services.GetRequiredService<IUnitOfWork>().CommitAsync(cancellationToken);
        }
        catch (DuplicateWriteException)
        {
            logger.LogInformation("Catalyst effects at {Now} were recorded by another host", now);
        }
    }
}
