using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Participation;

/// <summary>A member as the citizen-voice rule counts them: their sector and when they joined.</summary>
public sealed record VoiceMember(Guid Id, Sector? Sector, DateTimeOffset JoinedAt);

/// <summary><paramref name="Count"/> contributions by a member at <paramref name="At"/> (a day's or a week's total is fine).</summary>
public sealed record VoiceContribution(Guid MemberId, DateTimeOffset At, int Count = 1);

/// <summary>
/// The citizens' and end users' share of the contributions against their share of the members (issue 27, item 2).
/// <paramref name="WeekShares"/> are the last two weeks, the older first (null: too little was said that week to judge).
/// </summary>
public sealed record CitizenVoiceReading(double MemberShare, double? PhaseShare, IReadOnlyList<double?> WeekShares, bool Fading, IReadOnlyList<Guid> Citizens);

/// <summary>
/// Citizen and end-user voice in every phase (DOMAIN.md §4; issue 27, item 2). The citizens' member share counts members
/// in the team for at least <see cref="Weeks"/> weeks (inside members only; the caller leaves out those who support from
/// outside). Their voice is <b>fading</b> when, in each of the last two weeks (the 7 days up to now and the 7 before), the
/// team said at least <see cref="MinTeamContributionsPerWeek"/> things and the citizens' share of them was below half their
/// member share (exactly half is not below). It is raised privately with the facilitators, at most once in
/// <see cref="RaiseGap"/>, whatever the phase.
/// </summary>
public static class CitizenVoiceRule
{
    public const int Weeks = 2;
    public const double Threshold = 0.5;
    public const int MinTeamContributionsPerWeek = 5;

    public static readonly TimeSpan RaiseGap = TimeSpan.FromDays(28);

    public static CitizenVoiceReading Read(
        IReadOnlyList<VoiceMember> members, IReadOnlyList<VoiceContribution> contributions, DateTimeOffset phaseStartedAt, DateTimeOffset now)
    {
        var settled = members.Where(m => now - m.JoinedAt >= TimeSpan.FromDays(7 * Weeks)).ToList();
        var citizens = members.Where(m => m.Sector == Sector.Citizen).Select(m => m.Id).ToHashSet();
        var memberShare = settled.Count == 0 ? 0 : (double)settled.Count(m => citizens.Contains(m.Id)) / settled.Count;
        var known = members.Select(m => m.Id).ToHashSet();
        var counted = contributions.Where(c => known.Contains(c.MemberId) && c.At <= now && c.Count > 0).ToList();

        var weeks = Enumerable.Range(0, Weeks).Reverse().Select(week =>
        {
            var inWeek = counted.Where(c => (int)((now - c.At).TotalDays / 7) == week).ToList();
            var total = inWeek.Sum(c => c.Count);
            return total < MinTeamContributionsPerWeek ? (double?)null : (double)inWeek.Where(c => citizens.Contains(c.MemberId)).Sum(c => c.Count) / total;
        }).ToList();
        var inPhase = counted.Where(c => c.At >= phaseStartedAt).ToList();
        var phaseTotal = inPhase.Sum(c => c.Count);
        double? phaseShare = phaseTotal == 0 ? null : (double)inPhase.Where(c => citizens.Contains(c.MemberId)).Sum(c => c.Count) / phaseTotal;
        var fading = memberShare > 0 && weeks.All(w => w is { } share && share < Threshold * memberShare);
        return new CitizenVoiceReading(memberShare, phaseShare, weeks, fading, citizens.ToList());
    }

    /// <summary>Raised when fading and not raised in the last <see cref="RaiseGap"/>.</summary>
    public static bool MayRaise(CitizenVoiceReading reading, DateTimeOffset? lastRaised, DateTimeOffset now) =>
        reading.Fading && (lastRaised is not { } last || now - last >= RaiseGap);

    /// <summary>A concrete step the facilitator can take in this phase to bring the citizens' view back.</summary>
    public static string Suggestion(Phase phase) => phase switch
    {
        Phase.Understand => "ask them, one to one, to describe the problem as they live it, and bring that back to the team in their words",
        Phase.Ideate => "ask them for one idea each (`idea <text>`), or hold the next idea round where they are",
        Phase.Test => "ask them to try the prototype and say what would stop them using it, before the team decides on it",
        Phase.Implement => "ask them what would make it work where they live, and who there should own a part of it",
        _ => "ask them where people like them would hear of it, and note it with `shared <where>`",
    } + "; offer `plain on` if the team's words get in the way";
}
