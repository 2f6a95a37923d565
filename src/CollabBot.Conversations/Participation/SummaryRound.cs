using System.Security.Cryptography;
using System.Text;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.ProcessMap;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Participation;
using Cronos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Sends the facilitators' weekly summaries (<see cref="SummaryComposer"/>), privately to each facilitator, or to the
/// conveners of a team without one: one recurring job per schedule (cron and time zone) that sweeps every collaboration
/// on it, once per occurrence. A member named as newly fading is recorded as alerted, and nudged if this is the first
/// alert of their episode; one listed as still fading is recorded as mentioned, so no separate alert follows within the week. Nothing goes during a break the team declared.
/// </summary>
public sealed class SummaryRound(IServiceScopeFactory scopes, CollaborationSweep sweep, ParticipationScan scan, UnsolicitedDelivery delivery, ILogger<SummaryRound> logger)
    : IRecurringWorkSource
{
    public const string Prefix = "summary:";

    public static RecurringWork Work(string cron, string timeZoneId, Platform? platform = null) =>
        new(Prefix + Hash($"{cron}|{timeZoneId}"), cron, timeZoneId, RecurringWork.SendsQueue, Platform: platform);

    /// <summary>The summary schedule of <paramref name="collaboration"/>, which lives on <paramref name="platform"/> (the Playground's run their own jobs).</summary>
    public static RecurringWork Work(Collaboration collaboration, Platform platform) => Work(collaboration.SummaryCron, collaboration.TimeZoneId, platform);

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICollaborationStore>().SummarySchedulesAsync(platforms, cancellationToken)).Select(s => Work(s.Cron, s.TimeZoneId)).ToList();
    }

    public bool Owns(string workId) => workId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        var schedule = (await ListAsync(platforms, cancellationToken)).FirstOrDefault(w => w.Id == workId);
        if (schedule is null || LatestDue(schedule, occurrence) is not { } due)
        {
            return;
        }

        var scope = new CollaborationScope.SummarySchedule(schedule.Cron, schedule.TimeZoneId) { Platforms = platforms };
        var sent = await sweep.RunAsync(scope, occurrence,
            async (services, _) => (await services.GetRequiredService<ISignalStore>().RecordsAsync(scope, occurrence - DailyScan.RecordsRead, cancellationToken)).ToLookup(r => r.MemberId),
            (context, collaboration, records) => SendAsync(context, collaboration, records, due, occurrence, cancellationToken),
            cancellationToken);
        logger.LogInformation("Summaries {WorkId} at {Occurrence}: {Count} sent", workId, occurrence, sent);
    }

    private async Task<int> SendAsync(SweepContext context, Collaboration collaboration, ILookup<Guid, SignalRecord> records, DateTimeOffset due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (collaboration.IsPaused(ParticipationScan.Today(collaboration, now)))
        {
            return 0;
        }

        var map = await context.Services.GetRequiredService<IProcessMapStore>().ListAsync(collaboration.Id, cancellationToken);
        var content = SummaryComposer.Compose(collaboration, context.Snapshot, records, map, now);
        content = content with { Lines = [.. content.Lines, .. await ValueChains.OfferGaps.LinesAsync(context.Services, collaboration, now, cancellationToken)] };
        var channel = context.ChannelOf(collaboration);
        var sent = 0;
        foreach (var reader in Readers(collaboration))
        {
            if (SummaryComposer.For(collaboration, content, reader) is not { } message)
            {
                continue;
            }

            var at = await delivery.EarliestAsync(context.UnitOfWork, channel.WorkspaceId, reader, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
            sent += await context.UnitOfWork.EnqueueAsync(FadeMessages.Direct(channel, reader, message, $"summary:{collaboration.Id:N}:{due.ToUnixTimeSeconds()}:{reader.Id:N}", at), cancellationToken) ? 1 : 0;
        }

        var signals = context.Services.GetRequiredService<ISignalStore>();
        foreach (var member in content.NewlyFading)
        {
            signals.Add(new SignalRecord(collaboration.Id, member.Id, SignalKind.SummaryAlert, now));
            await scan.NudgeAsync(context.UnitOfWork, signals, collaboration, channel, member, records[member.Id].ToList(), now, cancellationToken);
        }

        if (content.TeamNote)
        {
            signals.Add(new SignalRecord(collaboration.Id, Guid.Empty, SignalKind.TeamNote, now));
        }

        if (content.CitizenVoice)
        {
            signals.Add(new SignalRecord(collaboration.Id, Guid.Empty, SignalKind.CitizenVoice, now));
        }

        // Listed as still fading: no separate alert about them follows within the week (FadeAlertPolicy).
        content.StillFading.ToList().ForEach(m => signals.Add(new SignalRecord(collaboration.Id, m.Id, SignalKind.SummaryMention, now)));
        content.Recovered.ToList().ForEach(m => signals.Add(new SignalRecord(collaboration.Id, m.Id, SignalKind.Recovered, now)));
        return sent;
    }

    /// <summary>The facilitators, or the conveners when the team has none.</summary>
    public static IReadOnlyList<Domain.Members.Member> Readers(Collaboration collaboration)
    {
        var facilitators = collaboration.Members.Where(m => m.Holds(Domain.Members.Role.Facilitator)).ToList();
        return facilitators.Count > 0 ? facilitators : collaboration.Members.Where(m => m.Holds(Domain.Members.Role.Convener)).ToList();
    }

    /// <summary>The schedule's latest occurrence at or before <paramref name="now"/>, a day back at most: a summary is not sent days late.</summary>
    private static DateTimeOffset? LatestDue(RecurringWork schedule, DateTimeOffset now)
    {
        TimeZones.TryResolve(schedule.TimeZoneId, out var zone);
        return CronExpression.Parse(schedule.Cron, CronFormat.Standard)
            .GetOccurrences(now.AddDays(-1), now, zone, fromInclusive: false, toInclusive: true)
            .Select(o => (DateTimeOffset?)o.ToUniversalTime()).LastOrDefault();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
