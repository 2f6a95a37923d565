using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.CheckIns;

/// <summary>A member's check-ins as the rules read them: only those they were asked (not away, already in the team).</summary>
public static class CheckInPoints
{
    /// <summary>
    /// Their ratings for the commitment trend, oldest first: a check-in still open counts only once answered (it is never
    /// "missed" before it closes).
    /// </summary>
    public static List<CheckInPoint> Of(Member member, IReadOnlyList<CheckInOccurrence> past, IReadOnlyList<CheckInAnswer> answers, DateTimeOffset now) => past
        .Select(o => (Occurrence: o, Answer: answers.FirstOrDefault(a => a.OccurrenceId == o.Id && a.MemberId == member.Id)))
        .Where(x => (x.Occurrence.PromptedMemberIds.Contains(member.Id) || x.Answer is not null) && (x.Occurrence.ClosesAt <= now || x.Answer is not null))
        .Select(x => new CheckInPoint(x.Occurrence.ScheduledAt, x.Answer?.Rating))
        .ToList();

    /// <summary>The closed check-ins, as the fade rule reads them for one member.</summary>
    public static List<CheckInTurn> Turns(Member member, IReadOnlyList<CheckInOccurrence> past, IReadOnlyList<CheckInAnswer> answers, DateTimeOffset now) => past
        .Where(o => o.ClosesAt <= now)
        .Select(o => new CheckInTurn(o.ScheduledAt, o.PromptedMemberIds.Contains(member.Id), answers.Any(a => a.OccurrenceId == o.Id && a.MemberId == member.Id)))
        .ToList();
}
