using CollabBot.Conversations.Commands;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// A submitted check-in card. One submit answers; submitting again edits, until the next check-in opens;
/// a late answer counts for the occurrence its card belongs to; a closed one is refused with when it closed.
/// An empty small win answers "nothing to report this time": counted as an answer, never celebrated.
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
            var closed = DateText.ShowIn(occurrence.ClosesAt, collaboration.FindMember(context.Turn.Who.UserId)?.TimeZoneId ?? collaboration.TimeZoneId);
            context.Refuse($"This check-in closed on {closed}, when the next one opened. Please answer the newest check-in card.");
            return;
        }

        var answer = (await checkIns.AnswersAsync([occurrence.Id], cancellationToken)).FirstOrDefault(a => a.MemberId == member.Id);
        var isEdit = answer is not null;
        answer ??= new CheckInAnswer(occurrence.Id, collaboration.Id, member.Id, context.Now);
        answer.Fill(submission.Win, submission.Rating, submission.Dimension, submission.Obstacle, context.Now, isEdit);
        answer.AnswerCommitment(submission.CommitmentHolds);
        var renew = submission.CommitmentHolds == false
            ? " You said your commitment should change: tell me the new one with `commit <what you want>; <what you will put in>`."
            : "";

        var closes = DateText.ShowIn(occurrence.ClosesAt, member.TimeZoneId ?? collaboration.TimeZoneId);
        var nothing = answer.NothingToReport ? "nothing to report this time, " : "";
        if (isEdit)
        {
            var existing = await checkIns.WinForAnswerAsync(answer.Id, cancellationToken);
            existing?.Reword(answer.SmallWin);
            if (existing is null && !answer.NothingToReport)
            {
                AddWin(context, checkIns, member, answer);
            }

            context.ReplyToCaller($"Updated your check-in: {nothing}rated {answer.Rating}/5. You can change it until {closes}.{renew}");
            return;
        }

        checkIns.AddAnswer(answer);
        context.Signal(member, ParticipationKind.CheckInAnswer);
        var late = context.Now >= occurrence.RemindAt ? " (late, and still counted)" : "";
        context.ReplyToCaller($"Thank you, {member.DisplayName}: your check-in is in{late}, {nothing}rated {answer.Rating}/5. You can change it until {closes}.{renew}");
        if (!answer.NothingToReport)
        {
            AddWin(context, checkIns, member, answer);
        }

        await Obstacles.ObstacleCapture.FromCheckInAsync(context, collaboration, member, answer.Obstacle, cancellationToken);
    }

    /// <summary>A check-in's win joins the member's value chain; an answer with nothing to report adds none, so it is never celebrated.</summary>
    private static void AddWin(CommandContext context, ICheckInStore checkIns, Domain.Members.Member member, CheckInAnswer answer)
    {
        var win = new SmallWin(member.CollaborationId, member.Id, answer.SmallWin, context.Now, answer.Id);
        checkIns.AddWin(win);
        Celebrations.AfterWin(context, member, win);
    }
}
