using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Runs a collaboration's check-in occurrence: opens it, prompts every active member by direct message,
/// tells the channel what the phase still lacks, and raises trend alerts on the cycle that just ended.
/// One recurring job per collaboration ("checkin:{id}"); a run at any time handles the latest due occurrence
/// not yet run, so a run missed while no host was up is caught up once.
/// </summary>
public sealed class CheckInRound(IServiceScopeFactory scopes, UnsolicitedDelivery delivery, TrendAlerts alerts, ILogger<CheckInRound> logger) : IRecurringWorkSource
{
    public const string Prefix = "checkin:";

    public static RecurringWork Work(CheckInSchedule schedule) =>
        new($"{Prefix}{schedule.CollaborationId:N}", schedule.Cron, schedule.TimeZoneId, RecurringWork.SendsQueue, CatchUpOnStart: true);

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var schedules = await scope.ServiceProvider.GetRequiredService<ICheckInStore>().ListSchedulesAsync(cancellationToken);
        return schedules.Select(Work).ToList();
    }

    public bool Owns(string workId) => workId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(workId[Prefix.Length..], out var collaborationId))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var checkIns = services.GetRequiredService<ICheckInStore>();
        var store = services.GetRequiredService<ICollaborationStore>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var schedule = await checkIns.FindScheduleAsync(collaborationId, cancellationToken);
        if (schedule is null || CheckInCalendar.LatestDue(schedule, occurrence) is not { } due || schedule.LastRunOccurrence >= due)
        {
            return;
        }

        var collaboration = await store.FindAsync(collaborationId, cancellationToken);
        if (collaboration is null || await checkIns.OccurrenceExistsAsync(collaborationId, due, cancellationToken))
        {
            return;
        }

        var workspace = await store.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        var channel = new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId);
        var next = CheckInCalendar.Next(schedule, due, 1).FirstOrDefault(due.AddDays(7 * schedule.IntervalWeeks));
        var remindAt = due + schedule.ReminderDelay < next ? due + schedule.ReminderDelay : next;
        var opened = new CheckInOccurrence(collaborationId, due, next, remindAt);
        checkIns.AddOccurrence(opened);
        schedule.MarkRun(due);

        var closesLocal = CheckInCalendar.Local(next, collaboration.TimeZoneId).ToString("dddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var prompted = 0;
        var actions = await services.GetRequiredService<IActionStore>().ListAsync(collaborationId, cancellationToken);
        foreach (var member in Active(collaboration, due))
        {
            var commitment = await checkIns.CurrentCommitmentAsync(member.Id, cancellationToken);
            await unitOfWork.EnqueueAsync(new OutboxEntry
            {
                To = channel,
                Visibility = Visibility.Direct,
                RecipientUserId = member.PlatformUserId,
                Message = new OutboundMessage($"Time for your check-in on {collaboration.Name}: one small win and one rating."
                    + ActionText.CheckInQuestion(actions, member.Id, collaboration, ActionText.Today(collaboration, due)), CheckInCard.For(collaboration, opened, commitment, closesLocal)),
                IdempotencyKey = $"checkin-prompt:{collaborationId:N}:{due.ToUnixTimeSeconds()}:{member.Id:N}",
                Unsolicited = true,
                NotBefore = await delivery.EarliestAsync(unitOfWork, workspace.ExternalId, member, collaboration.TimeZoneId, occurrence, respectQuietHours: false, cancellationToken),
            }, cancellationToken);
            opened.Prompted(member.Id);
            prompted++;
        }

        var lacks = await PhaseEvidence.LacksAsync(collaboration, checkIns, cancellationToken);
        if (lacks.Count > 0)
        {
            await unitOfWork.EnqueueAsync(new OutboxEntry
            {
                To = channel,
                Visibility = Visibility.Channel,
                Message = new OutboundMessage($"{collaboration.CurrentPhase} still lacks: {string.Join("; ", lacks)}."),
                IdempotencyKey = $"phase-lacks:{collaborationId:N}:{due.ToUnixTimeSeconds()}",
            }, cancellationToken);
        }

        await alerts.RaiseAsync(collaboration, channel, checkIns, unitOfWork, opened, cancellationToken);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            logger.LogInformation("Check-in {Occurrence} of {Collaboration}: {Prompted} members prompted", due, collaborationId, prompted);
        }
        catch (DuplicateWriteException)
        {
            logger.LogInformation("Check-in {Occurrence} of {Collaboration} was run by another host", due, collaborationId);
        }
    }

    /// <summary>Members who were in the team when the occurrence opened and are not away that day.</summary>
    public static IEnumerable<Domain.Members.Member> Active(Collaboration collaboration, DateTimeOffset at)
    {
        var localDate = DateOnly.FromDateTime(CheckInCalendar.Local(at, collaboration.TimeZoneId).DateTime);
        return collaboration.Members.Where(m => m.JoinedAt <= at && !m.IsAway(localDate));
    }
}
