namespace CollabBot.Domain.Noise;

/// <summary>
/// How much the bot may say on its own (issue 23; DOMAIN.md §4, "say less"), as rolling windows:
/// <list type="bullet">
/// <item>in a team channel, at most the collaboration's budget of posts (default 10) in any seven days; posts the team must
/// know (a phase overrun, a decision's outcome) always go, and count;</item>
/// <item>to one person, at most <see cref="PrivatePerWeek"/> unsolicited private messages in any seven days besides the
/// check-in prompt; one over it waits until the oldest of them is a week old;</item>
/// <item>what the phase still lacks, at most once per phase in <see cref="PhaseLacksGap"/>.</item>
/// </list>
/// </summary>
public static class NoiseBudget
{
    public const int PrivatePerWeek = 3;
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public static readonly TimeSpan PhaseLacksGap = TimeSpan.FromDays(14);

    public static bool ChannelHasRoom(int postsInLastWeek, int budget) => postsInLastWeek < budget;

    /// <summary>
    /// The earliest instant at or after <paramref name="candidate"/> at which fewer than <paramref name="perWeek"/> of the
    /// person's budgeted messages (<paramref name="due"/>, when each is or was due) fall in the seven days up to it.
    /// </summary>
    public static DateTimeOffset EarliestPrivate(IReadOnlyList<DateTimeOffset> due, DateTimeOffset candidate, int perWeek)
    {
        var at = candidate;
        while (true)
        {
            var inWindow = due.Where(d => d > at - Week && d <= at).Order().ToList();
            if (inWindow.Count < perWeek)
            {
                return at;
            }

            // Wait until enough of them are more than a week old.
            at = inWindow[inWindow.Count - perWeek] + Week + TimeSpan.FromSeconds(1);
        }
    }

    public static bool PhaseLacksDue(DateTimeOffset? lastInPhase, DateTimeOffset now) => lastInPhase is not { } last || now - last >= PhaseLacksGap;
}
