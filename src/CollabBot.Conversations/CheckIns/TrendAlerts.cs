using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.CheckIns;

/// <summary>
/// When a member's commitment turns weakening, tells the facilitators (the conveners when there is none)
/// privately, once per cycle, with the evidence and a suggested action (DOMAIN.md §3, §4).
/// </summary>
public sealed class TrendAlerts(UnsolicitedDelivery delivery, IOptions<CheckInOptions> options)
{
    public async Task RaiseAsync(
        Collaboration collaboration, ConversationAddress channel, ICheckInStore checkIns, IUnitOfWork unitOfWork, CheckInOccurrence opened, CancellationToken cancellationToken)
    {
        var past = (await checkIns.RecentOccurrencesAsync(collaboration.Id, options.Value.TrendWindow + 2, cancellationToken))
            .Where(o => o.ScheduledAt < opened.ScheduledAt).OrderBy(o => o.ScheduledAt).ToList();
        if (past.Count < 2)
        {
            return;
        }

        var answers = await checkIns.AnswersAsync(past.Select(o => o.Id).ToList(), cancellationToken);
        foreach (var member in CheckInRound.Active(collaboration, opened.ScheduledAt))
        {
            var points = Points(member, past, answers);
            var now = CommitmentTrend.Evaluate(points.TakeLast(options.Value.TrendWindow).ToList());
            var before = CommitmentTrend.Evaluate(points.SkipLast(1).TakeLast(options.Value.TrendWindow).ToList());
            if (now != Trend.Weakening || before == Trend.Weakening)
            {
                continue;
            }

            var receivers = PrivateAudience.About(collaboration, member);
            foreach (var receiver in receivers)
            {
                await unitOfWork.EnqueueAsync(new OutboxEntry
                {
                    To = channel,
                    Visibility = Visibility.Direct,
                    RecipientUserId = receiver.PlatformUserId,
                    Message = new OutboundMessage($"{PrivateAudience.Line(receivers, receiver)} {Evidence(collaboration, member, points)}"),
                    IdempotencyKey = $"trend-alert:{member.Id:N}:{opened.Id:N}:{receiver.Id:N}",
                    Unsolicited = true,
                    NotBefore = await delivery.EarliestAsync(unitOfWork, channel.WorkspaceId, receiver, collaboration.TimeZoneId, opened.ScheduledAt, respectQuietHours: true, cancellationToken),
                }, cancellationToken);
            }
        }
    }

    /// <summary>The check-ins the member was asked to answer (not away, already in the team), with their ratings.</summary>
    public static List<CheckInPoint> Points(Member member, IReadOnlyList<CheckInOccurrence> past, IReadOnlyList<CheckInAnswer> answers) => past
        .Where(o => o.PromptedMemberIds.Contains(member.Id) || answers.Any(a => a.OccurrenceId == o.Id && a.MemberId == member.Id))
        .Select(o => new CheckInPoint(o.ScheduledAt, answers.FirstOrDefault(a => a.OccurrenceId == o.Id && a.MemberId == member.Id)?.Rating))
        .ToList();

    private static string Evidence(Collaboration collaboration, Member member, IReadOnlyList<CheckInPoint> points)
    {
        var ratings = string.Join(", ", points.TakeLast(5).Select(p => p.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"));
        var missed = points.Count(p => p.Rating is null);
        return $"{Words.Possessive(member.DisplayName)} commitment to {collaboration.Name} is weakening: "
            + $"recent check-ins {ratings} ({missed} missed). A weakening commitment is a risk that they step away. "
            + "Suggested: talk with them privately about what they want from the next cycle and whether the collaboration still offers it (`offers`); "
            + "consider a role or task that matches their assets.";
    }
}
