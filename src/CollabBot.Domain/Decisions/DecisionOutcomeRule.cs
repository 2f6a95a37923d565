namespace CollabBot.Domain.Decisions;

/// <summary>
/// The consent rule (DOMAIN.md §6, issue 8 point 1): a decision is provisionally agreed when more than half
/// of the positions taken are agree or agree-with-reservations and none is block; otherwise it is not agreed.
/// A tie is not "most", and a poll nobody answered is not agreed.
/// </summary>
public static class DecisionOutcomeRule
{
    /// <summary>Agreed by everyone within this time of the proposal, with no reservation: too-fast consensus (DOMAIN.md §5).</summary>
    public static readonly TimeSpan FastConsensusWindow = TimeSpan.FromHours(1);

    public static DecisionOutcome Decide(IReadOnlyCollection<Stance> stances)
    {
        if (stances.Contains(Stance.Block))
        {
            return DecisionOutcome.NotAgreed;
        }

        var agreeing = stances.Count(s => s is Stance.Agree or Stance.AgreeWithReservations);
        return agreeing * 2 > stances.Count ? DecisionOutcome.ProvisionallyAgreed : DecisionOutcome.NotAgreed;
    }

    /// <summary>
    /// Every member agreed without reservation, the last of them within <see cref="FastConsensusWindow"/> of the proposal.
    /// </summary>
    public static bool IsFastConsensus(DateTimeOffset proposedAt, IReadOnlyCollection<Guid> memberIds, IReadOnlyCollection<Position> positions)
    {
        if (memberIds.Count == 0)
        {
            return false;
        }

        var agreed = positions.Where(p => p.Stance == Stance.Agree && p.MemberId is { } id && memberIds.Contains(id)).ToList();
        return agreed.Count == memberIds.Count && agreed.Max(p => p.TakenAt) - proposedAt <= FastConsensusWindow;
    }
}
