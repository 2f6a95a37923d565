using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Domain.Network;

/// <summary>
/// Reads the network stage from evidence (Cui &amp; Osborne's three stages, DOMAIN.md §1; issue 27, item 1), never from a
/// headcount or a role label, and lets it fall back:
/// <list type="bullet">
/// <item>Coupling while the core is forming: until the challenge and the goal are stated and members of at least
/// <see cref="CoreMinSectors"/> sectors made a value commitment, and whenever the rest below does not hold;</item>
/// <item>Integration: the core is formed, at least <see cref="IntegrationMinSectors"/> sectors are active (a sector is
/// active when its members took part in at least <see cref="ActiveMinWeeks"/> of the last four weeks, the 28 days up to
/// now) and the latest closed decision drew at least half of the members;</item>
/// <item>Linking: integrated, and the work demonstrably reached outside (a member said where they shared it, a sponsor
/// endorsed it, or an adopter was named).</item>
/// </list>
/// When active sectors drop away the stage falls back to coupling, whatever reached outside before.
/// </summary>
public static class NetworkStageRule
{
    public const int CoreMinSectors = 2;
    public const int IntegrationMinSectors = 3;
    public const int ActiveMinWeeks = 2;

    /// <summary>The window a sector's activity is read in: the last four weeks.</summary>
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromDays(28);

    /// <summary>A stage that changed is not announced again within this long: a stage that flickers is told once.</summary>
    public static readonly TimeSpan AnnounceGap = TimeSpan.FromDays(7);

    public static NetworkReading Read(NetworkEvidence evidence, DateTimeOffset now)
    {
        var (holds, missing) = (new List<string>(), new List<string>());
        var core = Core(evidence, holds, missing);
        var active = ActiveSectors(evidence.Contributions, now);
        var sectorsOk = active.Count >= IntegrationMinSectors;
        (sectorsOk ? holds : missing).Add(active.Count == 0
            ? "no sector took part in the last 4 weeks"
            : $"{Words.Count(active.Count, "sector")} took part in at least {ActiveMinWeeks} of the last 4 weeks ({Sectors(active)})"
              + (sectorsOk ? "" : $"; working together needs {IntegrationMinSectors}"));
        var turnoutOk = evidence.LatestDecision is { } t && BroadTurnout(t);
        (turnoutOk ? holds : missing).Add(evidence.LatestDecision is { } latest
            ? $"the last decision drew {latest.TookPart} of {latest.Members}" + (turnoutOk ? "" : "; working together needs half of the members")
            : "no decision closed yet");
        var outside = evidence.Outreach.Count > 0;
        if (outside)
        {
            holds.Add(Outside(evidence.Outreach));
        }

        var stage = !(core && sectorsOk && turnoutOk) ? NetworkStage.Coupling : outside ? NetworkStage.Linking : NetworkStage.Integration;
        return new NetworkReading(stage, holds, missing, active, NextStep(stage, evidence, active));
    }

    /// <summary>Half of the members or more took a position (abstaining counts).</summary>
    public static bool BroadTurnout(Turnout turnout) => turnout.Members > 0 && 2 * turnout.TookPart >= turnout.Members;

    /// <summary>Sectors whose members took part in at least <see cref="ActiveMinWeeks"/> of the four weeks up to <paramref name="now"/>.</summary>
    public static IReadOnlySet<Sector> ActiveSectors(IReadOnlyList<SectorContribution> contributions, DateTimeOffset now) => contributions
        .Where(c => c.Count > 0 && c.At <= now && now - c.At < ActiveWindow)
        .GroupBy(c => c.Sector)
        .Where(g => g.Select(c => (int)((now - c.At).TotalDays / 7)).Distinct().Count() >= ActiveMinWeeks)
        .Select(g => g.Key).ToHashSet();

    /// <summary>
    /// Whether a stage the bot reads now is announced: when it differs from the last one announced (none means coupling),
    /// and not within <see cref="AnnounceGap"/> of that announcement.
    /// </summary>
    public static bool ShouldAnnounce(StageChange? last, NetworkStage stage, DateTimeOffset now) =>
        stage != (last?.Stage ?? NetworkStage.Coupling) && (last is null || now - last.At >= AnnounceGap);

    private static bool Core(NetworkEvidence evidence, List<string> holds, List<string> missing)
    {
        var stated = evidence.ChallengeStated && evidence.GoalStated;
        (stated ? holds : missing).Add(stated ? "challenge and goal stated"
            : !evidence.ChallengeStated && !evidence.GoalStated ? "challenge and goal not stated yet"
            : evidence.ChallengeStated ? "goal not stated yet" : "challenge not stated yet");
        var committed = evidence.CommittedSectors.Count >= CoreMinSectors;
        (committed ? holds : missing).Add(evidence.CommittedSectors.Count == 0
            ? "no commitments yet"
            : $"commitments from {Words.Count(evidence.CommittedSectors.Count, "sector")} ({Sectors(evidence.CommittedSectors)})"
              + (committed ? "" : $"; the core needs {CoreMinSectors}"));
        return stated && committed;
    }

    private static string Outside(IReadOnlyList<OutreachReport> outreach)
    {
        var parts = new List<string>();
        var shared = outreach.Where(o => o.Kind == OutreachKind.Shared).ToList();
        if (shared.Count > 0)
        {
            parts.Add($"shared at {Words.Count(shared.Count, "place")} (latest: {shared.MaxBy(o => o.At)!.Text})");
        }

        if (outreach.Any(o => o.Kind == OutreachKind.Endorsed))
        {
            parts.Add("endorsed by a sponsor");
        }

        var adopters = outreach.Where(o => o.Kind == OutreachKind.Adopter).Select(o => o.Text).Distinct().ToList();
        if (adopters.Count > 0)
        {
            parts.Add($"taken up by {Words.List(adopters)}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The step that grows the network from where it is, fitting the phase.</summary>
    private static string NextStep(NetworkStage stage, NetworkEvidence evidence, IReadOnlySet<Sector> active)
    {
        if (!evidence.ChallengeStated)
        {
            return "State the shared problem with `challenge <text>`.";
        }

        if (!evidence.GoalStated)
        {
            return "Name the big win with `goal <text>`.";
        }

        if (evidence.CommittedSectors.Count < CoreMinSectors)
        {
            return "Ask key people from different sectors what they want from the work and will put in: `commit <want>; <give>`.";
        }

        if (active.Count < IntegrationMinSectors)
        {
            var quiet = Enum.GetValues<Sector>().Except(active).ToList();
            return $"Bring more sectors into the work: who from {Sectors(quiet)} holds what the team lacks? Ask them in, or ask their view (`suggest` finds who has what).";
        }

        if (evidence.LatestDecision is not { } turnout || !BroadTurnout(turnout))
        {
            return "Decide something together: `propose <text>`, and ask everyone to take a position.";
        }

        return (stage, evidence.Phase) switch
        {
            (NetworkStage.Integration, Phase.Understand or Phase.Ideate) =>
                "Keep the sectors working together; when you tell people outside about the work, note it with `shared <where>`.",
            (NetworkStage.Integration, _) =>
                "Carry the work outside: a sponsor can `endorse` it, members note where they shared it (`shared <where>`), and who takes it up (`adopter <who>`).",
            (_, Phase.Spread) => "Keep sharing: ask members where they take the solution next (`shared <where>`).",
            _ => "Keep the people outside posted as the work changes; note who takes it up with `adopter <who>`.",
        };
    }

    private static string Sectors(IEnumerable<Sector> sectors) => string.Join(", ", sectors.Order().Select(SectorNames.Display));
}
