using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.ProcessMap;

/// <summary>
/// The process map read (issue 27, item 7): a member mapped to lead or contribute in the current phase who has not
/// contributed for <see cref="Silence"/> is named in the facilitators' summary. Silence is counted from their last
/// contribution, or from the day they joined when they have none (a newcomer is not named before two weeks). Someone away
/// is not named.
/// </summary>
public static class MappedPartRule
{
    public static readonly TimeSpan Silence = TimeSpan.FromDays(14);

    /// <param name="SilentDays">Whole days since the last contribution (or since joining, for someone who never contributed).</param>
    public sealed record Finding(Member Member, Involvement Involvement, int SilentDays);

    public static IReadOnlyList<Finding> Evaluate(
        Collaboration collaboration, IReadOnlyCollection<ProcessMapEntry> map, Func<Member, DateTimeOffset?> lastContribution, DateOnly today, DateTimeOffset now)
    {
        var members = collaboration.Members.ToDictionary(m => m.Id);
        return map
            .Where(e => e.Phase == collaboration.CurrentPhase && e.Involvement is Involvement.Lead or Involvement.Contribute && members.ContainsKey(e.MemberId))
            .Select(e => (Entry: e, Member: members[e.MemberId]))
            .Where(x => !x.Member.IsAway(today))
            .Select(x => (x.Member, x.Entry.Involvement, Silent: now - (lastContribution(x.Member) is { } last && last > x.Member.JoinedAt ? last : x.Member.JoinedAt)))
            .Where(x => x.Silent >= Silence)
            .Select(x => new Finding(x.Member, x.Involvement, (int)x.Silent.TotalDays))
            .OrderBy(f => f.Involvement).ThenBy(f => f.Member.JoinedAt)
            .ToList();
    }
}
