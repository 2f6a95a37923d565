using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Decisions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// Every hour: closes proposals whose time has come, reminds members who have not taken a position once before a
/// proposal closes (privately, through the same path as other reminders), and brings open reservations back to the
/// team at the first check-in occurrence four weeks or more after an agreement (or after four weeks, for a team
/// without check-ins). The outbox key makes each message happen once.
/// </summary>
public sealed class DecisionClock(IServiceScopeFactory scopes, UnsolicitedDelivery delivery, ILogger<DecisionClock> logger) : IRecurringWorkSource
{
    public const string WorkId = "decision-clock";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "5 * * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> due, reminders, reviews;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDecisionStore>();
            due = await store.DueToCloseAsync(occurrence, platforms, cancellationToken);
            reminders = await store.RemindersDueAsync(occurrence, platforms, cancellationToken);
            reviews = await store.WithReservationsDueAsync(occurrence - Decision.ReservationReview, platforms, cancellationToken);
        }

        var reminded = 0;
        foreach (var id in reminders)
        {
            reminded += await RemindAsync(id, occurrence, cancellationToken);
        }

        var closed = 0;
        foreach (var id in due)
        {
            closed += await RunOneAsync(id, occurrence, close: true, cancellationToken);
        }

        var broughtBack = 0;
        foreach (var id in reviews)
        {
            broughtBack += await RunOneAsync(id, occurrence, close: false, cancellationToken);
        }

        if (closed + reminded + broughtBack > 0)
        {
            logger.LogInformation(
                "Decision clock at {Occurrence}: {Closed} closed, {Reminded} reminders, {BroughtBack} reservations brought back", occurrence, closed, reminded, broughtBack);
        }
    }

    /// <summary>
    /// Reservations come back at the first check-in occurrence after four weeks: with a check-in schedule, the latest
    /// occurrence that has started is the moment of review; without one, now.
    /// </summary>
    private static async Task<DateTimeOffset?> ReviewMomentAsync(IServiceProvider services, Guid collaborationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var checkIns = services.GetRequiredService<ICheckInStore>();
        if (await checkIns.FindScheduleAsync(collaborationId, cancellationToken) is null)
        {
            return now;
        }

        var latest = (await checkIns.RecentOccurrencesAsync(collaborationId, 1, cancellationToken)).FirstOrDefault();
        return latest is not null && latest.ScheduledAt <= now ? latest.ScheduledAt : null;
    }

    /// <summary>
    /// One reminder per member without a position, not away, sent after their quiet hours and within their daily limit;
    /// a member it would reach only after the close is left out. The decision is marked, so this runs once.
    /// </summary>
    private async Task<int> RemindAsync(Guid decisionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var collaborations = services.GetRequiredService<ICollaborationStore>();
        if (await services.GetRequiredService<IDecisionStore>().GetAsync(decisionId, cancellationToken) is not { IsOpen: true } decision
            || await collaborations.FindAsync(decision.CollaborationId, cancellationToken) is not { } collaboration)
        {
            return 0;
        }

        var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        var notYet = decision.Turnout(collaboration.Members.Select(m => m.Id).ToList()).NotYet.ToHashSet();
        var sent = 0;
        foreach (var member in collaboration.Members.Where(m => notYet.Contains(m.Id)))
        {
            var today = DateOnly.FromDateTime(CheckInCalendar.Local(now, member.TimeZoneId ?? collaboration.TimeZoneId).DateTime);
            if (member.IsAway(today))
            {
                continue;
            }

            var at = await delivery.EarliestAsync(unitOfWork, workspace.ExternalId, member, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
            if (at < decision.ClosesAt && await unitOfWork.EnqueueAsync(DecisionMessages.Reminder(workspace, collaboration, decision, member, at), cancellationToken))
            {
                sent++;
            }
        }

        decision.MarkReminded(now);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            return sent;
        }
        catch (DuplicateWriteException)
        {
            // Another host sent these reminders first.
            return 0;
        }
    }

    private async Task<int> RunOneAsync(Guid decisionId, DateTimeOffset now, bool close, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var collaborations = services.GetRequiredService<ICollaborationStore>();
        if (await services.GetRequiredService<IDecisionStore>().GetAsync(decisionId, cancellationToken) is not { } decision
            || await collaborations.FindAsync(decision.CollaborationId, cancellationToken) is not { } collaboration)
        {
            return 0;
        }

        var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        var entries = new List<Messages.OutboxEntry>();
        if (close && decision.IsOpen)
        {
            entries.AddRange(await DecisionClosing.CloseAsync(workspace, collaboration, decision, services.GetRequiredService<IOutboxLookup>(), now, cancellationToken));
        }

        if (!close && await ReviewMomentAsync(services, collaboration.Id, now, cancellationToken) is { } reviewAt)
        {
            foreach (var position in decision.ReservationsDue(reviewAt))
            {
                decision.MarkBroughtBack(position, now);
                entries.Add(DecisionMessages.ReservationBack(workspace, collaboration, decision, position));
            }
        }

        foreach (var entry in entries)
        {
            // An outcome or a reservation brought back is something the team must know: it goes whatever the budget, and counts.
            _ = entry is { Visibility: Messages.Visibility.Channel, UpdatesMessageId: null }
                ? await Noise.ChannelPosts.PostAsync(services, unitOfWork, collaboration, entry, "decision", now, cancellationToken)
                : await unitOfWork.EnqueueAsync(entry, cancellationToken);
        }

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            return entries.Count;
        }
        catch (DuplicateWriteException)
        {
            // Another host did the same work first.
            return 0;
        }
    }
}
