namespace CollabBot.Domain.Catalysts;

/// <summary>
/// Where a catalyst intervention goes (issue 23; DOMAIN.md §4: stop talking into a channel that no longer answers):
/// <list type="number">
/// <item>when the last two interventions posted in the channel drew no response (nobody took part in the two days after
/// each) and nobody has taken part since, privately to the conveners or coordinators;</item>
/// <item>otherwise, when a member holds the catalyst role, to them first, as a suggestion they post or dismiss;</item>
/// <item>otherwise, in the channel.</item>
/// </list>
/// </summary>
public static class CatalystRouting
{
    public const int UnansweredBeforePrivate = 2;

    /// <param name="posted">The collaboration's interventions posted in the channel, newest first.</param>
    /// <param name="lastContribution">The latest contribution anyone made in the collaboration.</param>
    public static CatalystRoute Decide(IReadOnlyList<Intervention> posted, DateTimeOffset? lastContribution, bool hasCatalyst)
    {
        var latest = posted.Take(UnansweredBeforePrivate).ToList();
        var unanswered = latest.Count == UnansweredBeforePrivate && latest.All(i => i.Responded == false)
            && (lastContribution is null || lastContribution <= latest[0].At);
        return unanswered ? CatalystRoute.Private : hasCatalyst ? CatalystRoute.Suggested : CatalystRoute.Channel;
    }
}
