using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Noise;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Noise;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Runs a collaboration's check-in occurrence: opens it, prompts every member who takes check-ins by direct message
/// (not those away, and not sponsors or coordinators unless they opted in), and tells the channel what the phase still
/// lacks at most once per phase in two weeks, within the channel budget. Commitment trends go to the facilitators'
/// weekly summary. One recurring job per collaboration ("checkin:{id}"); a run at any time handles the latest due
/// occurrence not yet run, so after downtime or a schedule change only the latest missed one is caught up. During a
/// break the team declared (`pause team`), occurrences are passed over.
/// </summary>
public sealed class CheckInRound(IServiceScopeFactory scopes, ILogger<CheckInRound> logger) : IRecurringWorkSource
{
    public const string Prefix = "checkin:";

    public static string WorkId(Guid collaborationId) => $"{Prefix}{collaborationId:N}";

    public static RecurringWork Work(CheckInSchedule schedule, Platform platform) =>
        new(WorkId(schedule.CollaborationId), schedule.Cron, schedule.TimeZoneId, RecurringWork.SendsQueue, CatchUpOnStart: true, Platform: platform);

    public async Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var schedules = await scope.ServiceProvider.GetRequiredService<ICheckInStore>().ListSchedulesAsync(platforms, cancellationToken);
        return schedules.Select(s => Work(s.Schedule, s.Platform)).ToList();
    }

    public bool Owns(string workId) => workId.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
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

        // A collaboration lives in its platform's time: another time's run (the scheduler's, the Playground's) leaves it alone.
        var workspace = await store.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        if (!platforms.Includes(workspace.Platform))
        {
            return;
        }

        schedule.MarkRun(due);
        if (collaboration.IsPaused(DateOnly.FromDateTime(CheckInCalendar.Local(due, collaboration.TimeZoneId).DateTime)))
        {
            await CommitAsync(unitOfWork, due, collaborationId, 0, cancellationToken);
            return;
        }

        var channel = new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId);
        var next = CheckInCalendar.Next(schedule, due, 1).FirstOrDefault(due.AddDays(7 * schedule.IntervalWeeks));

        // A run caught up late reminds a delay after it ran, not after it was due.
        var opens = occurrence > due ? occurrence : due;
        var remindAt = opens + schedule.ReminderDelay < next ? opens + schedule.ReminderDelay : next;
        var opened = new CheckInOccurrence(collaborationId, due, next, remindAt);
        checkIns.AddOccurrence(opened);

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
                Message = Plain.PlainMessages.For(member, new OutboundMessage($"Time for your check-in on {collaboration.Name}: one small win (or nothing to report) and one rating."
                    + ActionText.CheckInQuestion(actions, member.Id, collaboration, ActionText.Today(collaboration, due)),
                    CheckInCard.For(collaboration, opened, commitment, DateText.ShowIn(next, member.TimeZoneId ?? collaboration.TimeZoneId), askValue: !member.PlainLanguage))),
                IdempotencyKey = $"{PromptKeyPrefix(collaborationId)}{due.ToUnixTimeSeconds()}:{member.Id:N}",
            }, cancellationToken);
            opened.Prompted(member.Id);
            prompted++;
        }

        await PostPhaseLacksAsync(services, unitOfWork, collaboration, channel, due, cancellationToken);
        await CommitAsync(unitOfWork, due, collaborationId, prompted, cancellationToken);
    }

    /// <summary>The keys of a collaboration's prompts start with this, so a schedule change can cancel those not yet sent.</summary>
    public static string PromptKeyPrefix(Guid collaborationId) => $"checkin-prompt:{collaborationId:N}:";

    private static async Task PostPhaseLacksAsync(
        IServiceProvider services, IUnitOfWork unitOfWork, Collaboration collaboration, ConversationAddress channel, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var kind = $"phase-lacks:{collaboration.CurrentPhase}";
        var last = await services.GetRequiredService<ISignalStore>().LastBotPostAsync(collaboration.Id, kind, collaboration.PhaseStartedAt, cancellationToken);
        if (!NoiseBudget.PhaseLacksDue(last, due))
        {
            return;
        }

        var lacks = await PhaseEvidence.LacksAsync(collaboration, services, cancellationToken);
        if (lacks.Count > 0)
        {
            await ChannelPosts.TryPostAsync(services, unitOfWork, collaboration, new OutboxEntry
            {
                To = channel,
                Visibility = Visibility.Channel,
                Message = new OutboundMessage($"{collaboration.CurrentPhase} still lacks: {string.Join("; ", lacks)}."),
                IdempotencyKey = $"phase-lacks:{collaboration.Id:N}:{due.ToUnixTimeSeconds()}",
            }, kind, due, cancellationToken);
        }
    }

    private async Task CommitAsync(IUnitOfWork unitOfWork, DateTimeOffset due, Guid collaborationId, int prompted, CancellationToken cancellationToken)
    {
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

    /// <summary>Members who were in the team when the occurrence opened, are not away that day, and take check-ins.</summary>
    public static IEnumerable<Domain.Members.Member> Active(Collaboration collaboration, DateTimeOffset at)
    {
        var localDate = DateOnly.FromDateTime(CheckInCalendar.Local(at, collaboration.TimeZoneId).DateTime);
        return collaboration.Members.Where(m => m.JoinedAt <= at && !m.IsAway(localDate) && m.WantsCheckIns);
    }
}
