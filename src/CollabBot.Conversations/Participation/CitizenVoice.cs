using System.Globalization;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// Reads a collaboration's citizen and end-user voice (<see cref="CitizenVoiceRule"/>) from the snapshot's weekly totals,
/// and words it for the facilitators' summary. Sponsors and coordinators who support from outside are not counted.
/// </summary>
public static class CitizenVoice
{
    public static CitizenVoiceReading Read(Collaboration collaboration, ActivitySnapshot snapshot, DateTimeOffset now)
    {
        var inside = collaboration.Members.Where(m => !m.SupportsFromOutside).ToList();
        var members = inside.Select(m => new VoiceMember(m.Id, m.Sector, m.JoinedAt)).ToList();
        // Week i of the snapshot covers the UTC days from WeekStart(i): the rule's two weeks are exactly the last two.
        var contributions = inside.Select(snapshot.Tally).OfType<MemberTally>()
            .SelectMany(t => t.Weeks.Select((count, i) => new VoiceContribution(t.MemberId, snapshot.Windows.WeekStart(i), count))).ToList();
        var reading = CitizenVoiceRule.Read(members, contributions, collaboration.PhaseStartedAt, now);
        var citizens = reading.Citizens.ToHashSet();
        var inPhase = inside.Select(snapshot.Tally).OfType<MemberTally>().ToList();
        var total = inPhase.Sum(t => t.InPhase);
        return reading with { PhaseShare = total == 0 ? null : (double)inPhase.Where(t => citizens.Contains(t.MemberId)).Sum(t => t.InPhase) / total };
    }

    /// <summary>"Citizens and end users (Ben) are 20% of the members but made 2% and 0% …; suggested: …"</summary>
    public static string Describe(Collaboration collaboration, CitizenVoiceReading reading)
    {
        var names = collaboration.Members.Where(m => reading.Citizens.Contains(m.Id)).Select(m => m.DisplayName).ToList();
        var weeks = Words.List(reading.WeekShares.Select(s => Percent(s ?? 0)).ToList());
        var phase = reading.PhaseShare is { } share ? $" (in {collaboration.CurrentPhase} so far: {Percent(share)})" : "";
        return $"citizens and end users ({Words.List(names)}) are {Percent(reading.MemberShare)} of the members but made {weeks} of the contributions in the last two weeks{phase}. "
            + $"Suggested: {CitizenVoiceRule.Suggestion(collaboration.CurrentPhase)}.";
    }

    /// <summary>"20% of the members; 14% of the contributions in Test so far, 10% and 0% in the last two weeks": for `health`.</summary>
    public static string Shares(Collaboration collaboration, CitizenVoiceReading reading)
    {
        var weeks = Words.List(reading.WeekShares.Select(s => s is { } share ? Percent(share) : "too little said").ToList());
        var phase = reading.PhaseShare is { } inPhase ? $"{Percent(inPhase)} of the contributions in {collaboration.CurrentPhase} so far, " : "";
        return $"{Percent(reading.MemberShare)} of the members; {phase}{weeks} in the last two weeks" + (reading.Fading ? " (fading)" : "");
    }

    private static string Percent(double share) => Math.Round(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
