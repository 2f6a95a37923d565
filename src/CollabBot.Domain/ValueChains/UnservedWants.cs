namespace CollabBot.Domain.ValueChains;

/// <summary>
/// Members whose want no offer serves (issue 27, item 3): the value chain is a loop only when what a member wants is
/// met by something the collaboration offers them. A want counts as unserved once it has waited <see cref="Grace"/>
/// with no offer linked to it; an offer made for an earlier commitment does not serve a new one.
/// </summary>
public static class UnservedWants
{
    /// <summary>Two weeks: time for conveners to answer a new want before the facilitators hear of it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(14);

    /// <param name="current">Each member's current commitment.</param>
    public static IReadOnlyList<Commitment> Of(IReadOnlyCollection<Commitment> current, IReadOnlyCollection<ValueOffer> offers, DateTimeOffset now)
    {
        var served = offers.Where(o => o.CommitmentId is not null).Select(o => o.CommitmentId!.Value).ToHashSet();
        return current.Where(c => now - c.MadeAt >= Grace && !served.Contains(c.Id)).OrderBy(c => c.MadeAt).ToList();
    }
}
