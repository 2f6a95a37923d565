using System.Globalization;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Text;

namespace CollabBot.Domain.Catalysts;

/// <summary>
/// When each catalyst intervention fires (DOMAIN.md §5):
/// <list type="bullet">
/// <item><b>Urgency</b>: the phase has run <see cref="StallDays"/> days past its planned length (a stall; the
/// day it first overruns, the phase-overrun nudge has already spoken).</item>
/// <item><b>Tunnel vision</b>: in Ideate, the ideas of the last 14 days come from few people or one sector
/// (<see cref="TunnelVision"/>); the message names the missing perspective by sector.</item>
/// <item><b>Too-fast consensus</b>: a substantive decision closed in the last week was agreed by everyone (the
/// proposer's own consent counted) within an hour of the proposal, with no reservation (<c>Decision.FastConsensus</c>):
/// ask for a devil's advocate round. Logistics never count.</item>
/// <item><b>New venue</b>: at least three weeks in the phase and weekly contributions fell three weeks running.</item>
/// <item><b>Risk round</b>: in Test, within a week of the planned move to Implement.</item>
/// <item><b>Ambassadors</b>: three days or more into Spread.</item>
/// </list>
/// </summary>
public static class CatalystRules
{
    public const int StallDays = 7;

    /// <summary>How long a rule stays quiet after it fired for a collaboration.</summary>
    public static TimeSpan CoolDown(CatalystRule rule) => rule is CatalystRule.Urgency or CatalystRule.TooFastConsensus ? TimeSpan.FromDays(7) : TimeSpan.FromDays(14);

    public static IReadOnlyList<CatalystTrigger> Evaluate(CatalystSituation s)
    {
        var fired = new List<CatalystTrigger>();
        if (s.DaysInPhase > s.PlannedDays + StallDays)
        {
            fired.Add(new(CatalystRule.Urgency, Invariant($"{s.Phase} at day {Math.Floor(s.DaysInPhase)} of {s.PlannedDays} planned")));
        }

        if (s.Phase == Phase.Ideate && TunnelVision.Evaluate(s.RecentIdeas, s.TeamSectors, s.TeamSize) is { } tunnel)
        {
            fired.Add(new(CatalystRule.TunnelVision, tunnel.Signals, tunnel.Missing));
        }

        if (s.FastConsensusDecisions.Count > 0)
        {
            var numbers = string.Join(", ", s.FastConsensusDecisions.Order());
            fired.Add(new(CatalystRule.TooFastConsensus, $"substantive proposal {numbers} agreed by everyone within an hour, with no reservation"));
        }

        var weeks = s.WeeklyContributions;
        if (s.DaysInPhase >= 21 && weeks.Count >= 4 && weeks[^1] < weeks[^2] && weeks[^2] < weeks[^3] && weeks[^3] < weeks[^4])
        {
            fired.Add(new(CatalystRule.NewVenue, Invariant($"weekly contributions {weeks[^4]}, {weeks[^3]}, {weeks[^2]}, {weeks[^1]}")));
        }

        if (s.Phase == Phase.Test && s.PlannedDays - s.DaysInPhase <= 7)
        {
            fired.Add(new(CatalystRule.RiskRound, $"Test planned to end in {Words.Count((int)Math.Max(0, Math.Ceiling(s.PlannedDays - s.DaysInPhase)), "day")}"));
        }

        if (s.Phase == Phase.Spread && s.DaysInPhase >= 3)
        {
            fired.Add(new(CatalystRule.Ambassadors, Invariant($"day {Math.Floor(s.DaysInPhase)} of Spread")));
        }

        return fired;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
