using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// Hourly: one reminder per member and check-in, only to those who were prompted and have not answered,
/// once the convener's delay has passed, never in the member's quiet hours (the next hourly run tries again),
/// never during a break the team declared, and left out when the member's weekly budget of unsolicited messages
/// has no room before the check-in closes.
/// </summary>
public sealed class CheckInReminders(IServiceScopeFactory scopes, UnsolicitedDelivery delivery, ILogger<CheckInReminders> logger) : IRecurringWorkSource
{
    public const string WorkId = "checkin-reminders";

    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>([new RecurringWork(WorkId, "5 * * * *", "UTC", RecurringWork.SendsQueue)]);

    public bool Owns(string workId) => workId == WorkId;

    /// <summary>The keys of a collaboration's reminders start with this, so a schedule change can cancel those not yet sent.</summary>
    public static string KeyPrefix(Guid collaborationId) => $"checkin-reminder:{collaborationId:N}:";

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var checkIns = services.GetRequiredService<ICheckInStore>();
        var store = services.GetRequiredService<ICollaborationStore>();
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var reminded = 0;
        foreach (var due in await checkIns.RemindersDueAsync(occurrence, platforms, cancellationToken))
        {
            if (await store.FindAsync(due.CollaborationId, cancellationToken) is not { } collaboration
                || collaboration.IsPaused(DateOnly.FromDateTime(CheckInCalendar.Local(occurrence, collaboration.TimeZoneId).DateTime)))
            {
                continue;
            }

            var workspace = await store.GetWorkspaceAsync(collaboration.WorkspaceId, cancellationToken);
            var answered = (await checkIns.AnswersAsync([due.Id], cancellationToken)).Select(a => a.MemberId).ToHashSet();
            foreach (var member in collaboration.Members.Where(m => due.PromptedMemberIds.Contains(m.Id) && !answered.Contains(m.Id)))
            {
                var today = DateOnly.FromDateTime(CheckInCalendar.Local(occurrence, member.TimeZoneId ?? collaboration.TimeZoneId).DateTime);
                if (member.IsAway(today) || UnsolicitedDelivery.IsQuiet(member, collaboration.TimeZoneId, occurrence))
                {
                    continue;
                }

                var at = await delivery.EarliestAsync(unitOfWork, workspace.ExternalId, member, collaboration.TimeZoneId, occurrence, respectQuietHours: true, cancellationToken);
                if (at >= due.ClosesAt - TimeSpan.FromHours(1))
                {
                    continue;
                }

                var added = await unitOfWork.EnqueueAsync(new OutboxEntry
                {
                    To = new ConversationAddress(workspace.Platform, workspace.ExternalId, collaboration.ChannelId),
                    Visibility = Visibility.Direct,
                    RecipientUserId = member.PlatformUserId,
                    Message = new OutboundMessage($"A gentle reminder: your check-in on {collaboration.Name} is still open until {DateText.ShowIn(due.ClosesAt, member.TimeZoneId ?? collaboration.TimeZoneId)}. One small win (or nothing to report) and one rating is enough."),
                    IdempotencyKey = $"{KeyPrefix(collaboration.Id)}{due.Id:N}:{member.Id:N}",
                    Unsolicited = true,
                    NotBefore = at,
                }, cancellationToken);
                reminded += added ? 1 : 0;
            }
        }

        if (reminded > 0)
        {
            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (DuplicateWriteException)
            {
                // Another host sent these reminders in the same hour.
                return;
            }

            logger.LogInformation("Check-in reminders at {Occurrence}: {Count} sent", occurrence, reminded);
        }
    }
}
