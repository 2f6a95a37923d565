namespace CollabBot.Domain.Decisions;

/// <summary>
/// The consent rule (DOMAIN.md §6, issue 8 point 1): with a quorum, too few positions (abstentions included) leave
/// the decision undecided; otherwise it is provisionally agreed when more than half of the positions that take a side
/// (abstentions do not) are agree or agree-with-reservations and none is block. A tie is not "most", and a poll nobody
/// answered is not agreed.
/// </summary>
public static class DecisionOutcomeRule
{
    /// <summary>Agreed by everyone within this time of the proposal, with no reservation: too-fast consensus (DOMAIN.md §5).</summary>
    public static readonly TimeSpan FastConsensusWindow = TimeSpan.FromHours(1);

    public static DecisionOutcome Decide(IReadOnlyCollection<Stance> stances, int members, int? quorumPercent)
    {
        if (quorumPercent is { } quorum && stances.Count * 100 < quorum * members)
        {
            return DecisionOutcome.NoQuorum;
        }

        if (stances.Contains(Stance.Block))
        {
            return DecisionOutcome.NotAgreed;
        }

        var takingSides = stances.Count(s => s != Stance.Abstain);
        var agreeing = stances.Count(s => s is Stance.Agree or Stance.AgreeWithReservations);
        return agreeing * 2 > takingSides ? DecisionOutcome.ProvisionallyAgreed : DecisionOutcome.NotAgreed;
    }

    /// <summary>
    /// Every member agreed without reservation, the last of them within <see cref="FastConsensusWindow"/> of the
    /// proposal. Proposing is consenting: a proposer who took no position of their own counts as agreeing (issue 28).
    /// </summary>
    public static bool IsFastConsensus(
        DateTimeOffset proposedAt, Guid? proposedBy, IReadOnlyCollection<Guid> memberIds, IReadOnlyCollection<Position> positions)
    {
        var agreed = positions.Where(p => p.Stance == Stance.Agree && p.MemberId is { } id && memberIds.Contains(id)).ToList();
        var proposerConsents = proposedBy is { } proposer && memberIds.Contains(proposer) && positions.All(p => p.MemberId != proposer);
        return agreed.Count > 0
            && agreed.Count + (proposerConsents ? 1 : 0) == memberIds.Count
            && agreed.Max(p => p.TakenAt) - proposedAt <= FastConsensusWindow;
    }
}
