using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Actions;

/// <summary>
/// Every hour: the owner of an open action hears of it once, privately, the day before it is due (issue 28, point 4),
/// after their quiet hours and within their daily limit. The action is marked and the outbox key is per action and
/// owner, so the reminder happens once even when two hosts race.
/// </summary>
public sealed class ActionClock(IServiceScopeFactory scopes, UnsolicitedDelivery delivery, ILogger<ActionClock> logger) : IRecurringWorkSource
{
    public const string WorkId = "action-clock";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "10 * * * *", "UTC")]);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A team's today is within a day of UTC's, and the reminder goes on the day before the due date or on the day
            // itself: due from yesterday to the day after tomorrow (UTC) covers every time zone; each team's own calendar
            // then decides. Overdue actions never reminded drop out of the window instead of being read every hour.
            var utcToday = DateOnly.FromDateTime(occurrence.UtcDateTime);
            candidates = await scope.ServiceProvider.GetRequiredService<IActionStore>().ReminderCandidatesAsync(utcToday.AddDays(-1), utcToday.AddDays(2), platforms, cancellationToken);
        }

        var sent = 0;
        foreach (var id in candidates)
        {
            sent += await RemindAsync(id, occurrence, cancellationToken);
        }

        if (sent > 0)
        {
            logger.LogInformation("Action clock at {Occurrence}: {Sent} owners reminded", occurrence, sent);
        }
    }

    private async Task<int> RemindAsync(Guid actionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var collaborations = services.GetRequiredService<ICollaborationStore>();
        if (await services.GetRequiredService<IActionStore>().GetAsync(actionId, cancellationToken) is not { } action
            || await collaborations.FindAsync(action.CollaborationId, cancellationToken) is not { } collaboration
            || !action.IsReminderDue(ActionText.Today(collaboration, now))
            || collaboration.Members.FirstOrDefault(m => m.Id == action.OwnerId) is not { } owner)
        {
            return 0;
        }

        var workspace = await collaborations.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
        var at = await delivery.EarliestAsync(unitOfWork, workspace.ExternalId, owner, collaboration.TimeZoneId, now, respectQuietHours: true, cancellationToken);
        var added = await unitOfWork.EnqueueAsync(Reminder(workspace, collaboration, action, owner, at, ActionText.Today(collaboration, now)), cancellationToken);
        action.MarkReminded(now);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            return added ? 1 : 0;
        }
        catch (DuplicateWriteException)
        {
            // Another host reminded the owner first.
            return 0;
        }
    }

    public static OutboxEntry Reminder(Workspace workspace, Collaboration collaboration, ActionItem action, Member owner, DateTimeOffset notBefore, DateOnly today) => new()
    {
        To = DecisionMessages.Channel(workspace, collaboration),
        Visibility = Visibility.Direct,
        RecipientUserId = owner.PlatformUserId,
        Message = new OutboundMessage(
            $"A reminder from {collaboration.Name}: your action {action.Number}. {action.Text} is due {ActionText.Day(action.DueOn!.Value, today)}. "
            + $"When it is done, type `done action {action.Number}` in the team's channel; if it needs a new date, `action {action.Number} due <date>`."),
        IdempotencyKey = $"action:{action.Id:N}:remind:{owner.Id:N}",
        Unsolicited = true,
        NotBefore = notBefore,
    };
}
