using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
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
/// in the 7 days after against the 7 before), then evaluates the catalyst rules and posts the interventions that fired
/// (not muted, past their cool-down) to the channel, each logged with its triggering signals.
/// </summary>
public sealed class CatalystScan(IServiceScopeFactory scopes, ILogger<CatalystScan> logger)
{
    /// <summary>What the rules read besides the snapshot: when each rule last fired, and the week's fast consensus.</summary>
    public sealed record Facts(
        IReadOnlyDictionary<(Guid CollaborationId, CatalystRule Rule), DateTimeOffset> LastFired, ILookup<Guid, int> FastConsensus, ILookup<Guid, IdeaOrigin> Ideas);

    public static async Task<Facts> LoadFactsAsync(IServiceProvider services, CollaborationScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICatalystStore>();
        var lastFired = (await store.LastFiredAsync(scope, cancellationToken)).ToDictionary(l => (l.CollaborationId, l.Rule), l => l.At);
        var fast = (await store.FastConsensusSinceAsync(scope, now.AddDays(-7), cancellationToken)).ToLookup(f => f.CollaborationId, f => f.Number);
        var ideas = (await services.GetRequiredService<IIdeaStore>().OriginsSinceAsync(scope, now.AddDays(-14), cancellationToken)).ToLookup(i => i.CollaborationId, i => i.Origin);
        return new Facts(lastFired, fast, ideas);
    }

    /// <summary>One collaboration of the sweep; returns the interventions added.</summary>
    public static async Task<int> VisitAsync(SweepContext context, Collaboration collaboration, Facts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
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

            sent += await InterveneAsync(context, collaboration, trigger, now, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Asks the outbox once for the chunk whether each rule already spoke today.</summary>
    public static Task LookAheadAsync(SweepContext context, IReadOnlyList<Collaboration> chunk, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.UnitOfWork.LookAheadAsync(
            new OutboxLookahead(chunk.SelectMany(c => Enum.GetValues<CatalystRule>().Select(rule => Key(c, rule, now))).ToList(), "", [], now, now),
            cancellationToken);

    private static async Task<bool> InterveneAsync(SweepContext context, Collaboration collaboration, CatalystTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = collaboration.Id;
        var message = CatalystMessages.For(trigger, now);
        var added = await context.UnitOfWork.EnqueueAsync(new OutboxEntry
        {
            To = context.ChannelOf(collaboration),
            Visibility = Visibility.Channel,
            Message = new OutboundMessage(message),
            IdempotencyKey = Key(collaboration, trigger.Rule, now),
        }, cancellationToken);
        if (added)
        {
            context.Services.GetRequiredService<ICatalystStore>().Add(new Intervention(id, trigger.Rule, trigger.Signals, message, now));
        }

        return added;
    }

    /// <summary>Contributions in the 7 days before and after each intervention a week old, from the daily totals.</summary>
    public async Task RecordEffectsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var due = await services.GetRequiredService<ICatalystStore>().AwaitingEffectAsync(now.AddDays(-7), cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

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

        try
        {
            await services.GetRequiredService<IUnitOfWork>().CommitAsync(cancellationToken);
        }
        catch (DuplicateWriteException)
        {
            logger.LogInformation("Catalyst effects at {Now} were recorded by another host", now);
        }
    }

    /// <summary>One intervention of a rule per collaboration and UTC day.</summary>
    private static string Key(Collaboration collaboration, CatalystRule rule, DateTimeOffset now) =>
        $"catalyst:{collaboration.Id:N}:{rule}:{DateOnly.FromDateTime(now.UtcDateTime):yyyyMMdd}";
}
