using CollabBot.Domain.Text;

namespace CollabBot.Domain.ValueChains;

/// <summary>One milestone and the small wins tied to it.</summary>
public sealed record MilestoneProgress(Milestone Milestone, int Wins);

/// <summary>
/// Progress toward the big win (issue 27, item 4): each milestone with the wins tied to it, and the wins tied to none.
/// A win counts for a milestone only when its author tied it there; the bot does not guess which step a win serves.
/// </summary>
public sealed record BigWinProgress(IReadOnlyList<MilestoneProgress> Milestones, int UntiedWins)
{
    /// <summary>Most characters of a milestone's text shown in the progress line, so twelve of them stay within one card field.</summary>
    public const int ShownTextLength = 60;

    public static BigWinProgress Of(IReadOnlyList<Milestone> milestones, IReadOnlyCollection<SmallWin> wins) =>
        Of(milestones, wins.Where(w => w.MilestoneId is not null).GroupBy(w => w.MilestoneId!.Value).ToDictionary(g => g.Key, g => g.Count()), wins.Count);

    /// <summary>From counts: the wins tied to each milestone, and all the team's wins.</summary>
    public static BigWinProgress Of(IReadOnlyList<Milestone> milestones, IReadOnlyDictionary<Guid, int> winsPerMilestone, int allWins)
    {
        var steps = milestones.OrderBy(m => m.Number).Select(m => new MilestoneProgress(m, winsPerMilestone.GetValueOrDefault(m.Id))).ToList();
        return new BigWinProgress(steps, allWins - steps.Sum(s => s.Wins));
    }

    public int MilestonesWithWins => Milestones.Count(m => m.Wins > 0);

    /// <summary>"2 of 3 milestones have wins: 1. 50 homes insulated (3 wins); 2. ... (0 wins); 4 wins tied to none".</summary>
    public string Describe()
    {
        if (Milestones.Count == 0)
        {
            return UntiedWins == 0 ? "no milestones yet (`milestone <text>`)" : $"no milestones yet (`milestone <text>`); {Words.Count(UntiedWins, "small win")} so far";
        }

        var steps = string.Join("; ", Milestones.Select(m => $"{m.Milestone.Number}. {Shown(m.Milestone.Text)} ({Words.Count(m.Wins, "win")})"));
        var text = $"{MilestonesWithWins} of {Words.Count(Milestones.Count, "milestone")} with wins: {steps}";
        return UntiedWins == 0 ? text : $"{text}; {Words.Count(UntiedWins, "other win")}";
    }

    private static string Shown(string text) => text.Length <= ShownTextLength ? text : $"{text[..(ShownTextLength - 1)].TrimEnd()}…";
}
