using System.Security.Cryptography;
using System.Text;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Digests;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Workspaces;
using Cronos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Digests;

/// <summary>
/// Sends the weekly digests: one recurring job per schedule (cron and time zone) that composes, in one
/// <see cref="CollaborationSweep"/>, a digest for every target subscribed on that schedule, listing every
/// collaboration subscribed to it; once per occurrence (the outbox key names target and occurrence).
/// </summary>
public sealed class DigestRound(IServiceScopeFactory scopes, CollaborationSweep sweep, DigestComposer composer, ILogger<DigestRound> logger) : IRecurringWorkSource
{
    public const string Prefix = "digest:";

    public static string WorkId(DigestSubscription s) => Prefix + Hash($"{s.Cron}|{s.TimeZoneId}");

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var subscriptions = await scope.ServiceProvider.GetRequiredService<IDigestStore>().ListAsync(platforms, cancellationToken);
        return subscriptions.GroupBy(WorkId).Select(g => new RecurringWork(g.Key, g.First().Cron, g.First().TimeZoneId, RecurringWork.SendsQueue)).ToList();
    }

    public bool Owns(string workId) => workId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        DigestSubscription? sample;
        await using (var scope = scopes.CreateAsyncScope())
        {
            sample = (await scope.ServiceProvider.GetRequiredService<IDigestStore>().ListAsync(platforms, cancellationToken)).FirstOrDefault(s => WorkId(s) == workId);
        }

        if (sample is null || LatestDue(sample, occurrence) is not { } due)
        {
            return;
        }

        // Keyed by the scheduled occurrence, not the instant the job ran: a second run (another host, a retry) repeats nothing.
        var schedule = new CollaborationScope.DigestSchedule(sample.Cron, sample.TimeZoneId) { Platforms = platforms };
        var sent = await SendAsync(schedule, $"{due.ToUnixTimeSeconds()}", occurrence, cancellationToken);
        logger.LogInformation("Digests {WorkId} at {Occurrence}: {Count} sent", workId, occurrence, sent);
    }

    /// <summary>One digest per target of the collaborations in scope, each committed with its chart; returns how many were new.</summary>
    public Task<int> SendAsync(CollaborationScope scope, string occurrenceKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        sweep.RunAsync(scope, now,
            (services, _) => DigestFacts.LoadAsync(services, scope, now, cancellationToken),
            (snapshot, facts) => Targets(snapshot, facts),
            async (context, target, facts) =>
            {
                var subscription = target.Subscription;
                var entry = Compose(context.Workspaces[subscription.WorkspaceId], subscription, target.Collaborations, context.Snapshot, facts,
                    context.Services.GetRequiredService<IDigestStore>(), occurrenceKey);
                return await context.UnitOfWork.EnqueueAsync(entry, cancellationToken) ? 1 : 0;
            },
            cancellationToken);

    /// <summary>The digest for one target, as an outbox entry; its chart is added to the current unit of work.</summary>
    public OutboxEntry Compose(
        Workspace workspace, DigestSubscription target, IReadOnlyList<Collaboration> collaborations, ActivitySnapshot snapshot, DigestFacts facts, IDigestStore store, string occurrenceKey) => new()
        {
            To = new ConversationAddress(workspace.Platform, workspace.ExternalId, target.TargetConversationId),
            Visibility = target.RecipientUserId is null ? Visibility.Channel : Visibility.Direct,
            RecipientUserId = target.RecipientUserId,
            Message = composer.Compose(collaborations, snapshot, facts, target.RecipientUserId, store),
            IdempotencyKey = $"digest:{Hash($"{target.WorkspaceId:N}|{target.TargetConversationId}|{target.RecipientUserId}")}:{occurrenceKey}",
        };

    /// <summary>`digest now`: the digest of the target's collaborations, composed at once.</summary>
    public async Task<OutboxEntry?> ComposeNowAsync(IServiceProvider services, Workspace workspace, DigestSubscription target, string occurrenceKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IDigestStore>();
        var ids = (await store.ListAsync(cancellationToken)).Where(s => s.TargetKey == target.TargetKey).Select(s => s.CollaborationId).Append(target.CollaborationId).Distinct().ToList();
        var scope = new CollaborationScope.Only(ids);
        var snapshot = await ActivitySnapshot.LoadAsync(services.GetRequiredService<IParticipationStore>(), scope, now, FadeSettings.Default, cancellationToken);
        if (snapshot.Collaborations.Count == 0)
        {
            return null;
        }

        var facts = await DigestFacts.LoadAsync(services, scope, now, cancellationToken);
        return Compose(workspace, target, snapshot.Collaborations.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(), snapshot, facts, store, occurrenceKey);
    }

    private static IEnumerable<DigestTarget> Targets(ActivitySnapshot snapshot, DigestFacts facts)
    {
        var byId = snapshot.Collaborations.ToDictionary(c => c.Id);
        return facts.Subscriptions.Where(s => byId.ContainsKey(s.CollaborationId)).GroupBy(s => s.TargetKey)
            .Select(g => new DigestTarget(g.First(), g.Select(s => byId[s.CollaborationId]).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList()));
    }

    /// <summary>The schedule's latest occurrence at or before <paramref name="now"/>, eight days back at most.</summary>
    private static DateTimeOffset? LatestDue(DigestSubscription subscription, DateTimeOffset now)
    {
        TimeZones.TryResolve(subscription.TimeZoneId, out var zone);
        return CronExpression.Parse(subscription.Cron, CronFormat.Standard)
            .GetOccurrences(now.AddDays(-8), now, zone, fromInclusive: false, toInclusive: true)
            .Select(o => (DateTimeOffset?)o).LastOrDefault();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private sealed record DigestTarget(DigestSubscription Subscription, IReadOnlyList<Collaboration> Collaborations);
}
