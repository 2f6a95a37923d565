using CollabBot.Conversations.Commands;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// A submitted check-in card. One submit answers; submitting again edits, until the next check-in opens;
/// a late answer counts for the occurrence its card belongs to; a closed one is refused with when it closed.
/// </summary>
public sealed class CheckInAnswering
{
    public async Task AnswerAsync(CommandContext context, CheckInSubmission submission, CancellationToken cancellationToken)
    {
        var checkIns = context.Services.GetRequiredService<ICheckInStore>();
        var occurrence = submission.OccurrenceId is { } id ? await checkIns.FindOccurrenceAsync(id, cancellationToken) : null;
        var collaboration = occurrence is null ? null : await context.Store.FindAsync(occurrence.CollaborationId, cancellationToken);
        if (occurrence is null || collaboration is null || collaboration.WorkspaceId != context.Workspace.Id)
        {
            context.Refuse("I can't find that check-in any more. Answer the latest check-in card instead.");
            return;
        }

        var member = collaboration.FindMember(context.Turn.Who.UserId);
        if (member is null)
        {
            context.Refuse($"You are not a member of {collaboration.Name}; `join` it first.");
            return;
        }

        if (context.Now >= occurrence.ClosesAt)
        {
            var closed = DateText.Show(CheckInCalendar.Local(occurrence.ClosesAt, collaboration.TimeZoneId));
            context.Refuse($"This check-in closed on {closed}, when the next one opened. Please answer the newest check-in card.");
            return;
        }

        var answer = (await checkIns.AnswersAsync([occurrence.Id], cancellationToken)).FirstOrDefault(a => a.MemberId == member.Id);
        var isEdit = answer is not null;
        answer ??= new CheckInAnswer(occurrence.Id, collaboration.Id, member.Id, context.Now);
        answer.Fill(submission.Win, submission.Rating, submission.Dimension, submission.Obstacle, context.Now, isEdit);

        var closes = DateText.Show(CheckInCalendar.Local(occurrence.ClosesAt, collaboration.TimeZoneId));
        if (isEdit)
        {
            (await checkIns.WinForAnswerAsync(answer.Id, cancellationToken))?.Reword(answer.SmallWin);
            context.ReplyToCaller($"Updated your check-in: rated {answer.Rating}/5. You can change it until {closes}.");
            return;
        }

        checkIns.AddAnswer(answer);
        context.Signal(member, ParticipationKind.CheckInAnswer);
        var win = new SmallWin(collaboration.Id, member.Id, answer.SmallWin, context.Now, answer.Id);
        checkIns.AddWin(win);
        var late = context.Now >= occurrence.RemindAt ? " (late, and still counted)" : "";
        context.ReplyToCaller($"Thank you, {member.DisplayName}: your check-in is in{late}, rated {answer.Rating}/5. You can change it until {closes}.");
        Celebrations.AfterWin(context, collaboration, member, win);
        await Obstacles.ObstacleCapture.FromCheckInAsync(context, collaboration, member, answer.Obstacle, cancellationToken);
    }
}
