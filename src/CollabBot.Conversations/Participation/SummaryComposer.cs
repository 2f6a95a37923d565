using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ProcessMap;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// The facilitators' weekly summary of one collaboration (issue 23): the whole team quieter than usual (one note, not one
/// per person), who is fading and why (each naming counts as an alert, within <see cref="FadeAlertPolicy"/>'s limits),
/// who is still fading after an alert, who recovered, whose commitment is weakening, and who is mapped to lead or contribute in the
/// current phase (process map) but has not contributed for two weeks, and whether the citizens' and end users' voice is fading (issue 27). Nothing to say, no summary.
/// </summary>
public static class SummaryComposer
{
    public sealed record Line(string Label, Member? About, string Text);

    /// <summary>What the summary says, and which members it names as newly fading, still fading or recovered (to record).</summary>
    public sealed record Content(IReadOnlyList<Line> Lines, IReadOnlyList<Member> NewlyFading, IReadOnlyList<Member> StillFading, IReadOnlyList<Member> Recovered)
    {
        /// <summary>The summary carries the note about the whole team (to record as <see cref="SignalKind.TeamNote"/>).</summary>
        public bool TeamNote => Lines.Any(l => l.Label == Team);

        /// <summary>The summary raises the citizens' fading voice (to record as <see cref="SignalKind.CitizenVoice"/>).</summary>
        public bool CitizenVoice => Lines.Any(l => l.Label == CitizenVoiceLabel);
    }

    /// <summary>The note about a quiet team comes when a spell starts, then at most once in this long.</summary>
    public static readonly TimeSpan TeamNoteGap = TimeSpan.FromDays(28);

    public const string Fading = "Fading";
    public const string StillFading = "Still fading";
    public const string Team = "Team";
    public const string CitizenVoiceLabel = "Citizen voice";
    public const string PartNotTakenUp = "Part not taken up";

    public static Content Compose(Collaboration collaboration, ActivitySnapshot snapshot, ILookup<Guid, SignalRecord> records, IReadOnlyList<ProcessMapEntry> map, DateTimeOffset now)
    {
        var lines = new List<Line>();
        var pulse = snapshot.Pulse(collaboration);
        if (pulse.QuietNow)
        {
            // One note about the team, not one about each person (issue 23): when the quiet spell starts, then at most once in
            // four weeks, by what was said before (a spell longer than the weeks read has no length to count from).
            var (week, spell) = (pulse.Weeks[^1], pulse.QuietWeeksInARow);
            var noted = records[Guid.Empty].Where(r => r.CollaborationId == collaboration.Id && r.Kind == SignalKind.TeamNote).Select(r => (DateTimeOffset?)r.At).Max();
            if (noted is null || now - noted >= TeamNoteGap || spell <= 1 && now - noted >= TimeSpan.FromDays(7))
            {
                var contributions = $"{week} contribution{(week == 1 ? "" : "s")} in the last 7 days";
                lines.Add(new Line(Team, null, (pulse.NeverGotGoing ? $"hardly anyone has taken part yet: {contributions}"
                        : (spell <= 1 ? "quieter than usual" : $"quiet for {spell} weeks now") + $": {contributions} against about {Math.Round(pulse.UsualWeek)} in a usual week")
                    + ". Nobody is judged one by one until it picks up. If it stays quiet, the conveners can declare a break with `pause team until <date>`."));
            }

            return new Content(lines, [], [], []);
        }

        var (newly, still, recovered) = (new List<Member>(), new List<Member>(), new List<Member>());
        foreach (var health in snapshot.Health(collaboration))
        {
            var history = records[health.Member.Id].ToList();
            var name = health.Member.DisplayName;
            switch (FadeAlertPolicy.Decide(health.Verdict, history, now))
            {
                case FadeAction.AlertNow or FadeAction.InSummary:
                    lines.Add(new Line(Fading, health.Member, $"{name}: {health.Verdict.Evidence}"));
                    newly.Add(health.Member);
                    break;
                case FadeAction.AlreadyTold or FadeAction.Escalate when !ToldToday(history, now):
                    lines.Add(new Line(StillFading, health.Member, $"{name} ({Told(collaboration, health.Member, history)})"));
                    still.Add(health.Member);
                    break;
                case FadeAction.Recovered:
                    recovered.Add(health.Member);
                    lines.Add(new Line("Recovered", health.Member, name));
                    break;
                default:
                    if (history.Any(r => r.Kind == SignalKind.Recovered && now - r.At < TimeSpan.FromDays(7)))
                    {
                        lines.Add(new Line("Recovered", health.Member, name));
                    }

                    break;
            }
        }

        var named = lines.Where(l => l.Label is Fading or StillFading).Select(l => l.About!.Id).ToHashSet();
        foreach (var member in collaboration.Members.Where(m => !m.SupportsFromOutside && !named.Contains(m.Id)))
        {
            var points = snapshot.Points(collaboration, member);
            if (CommitmentTrend.Evaluate(points) == Trend.Weakening)
            {
                lines.Add(new Line("Commitment weakening", member, $"{member.DisplayName}: {CommitmentTrend.Describe(points)}"));
            }
        }

        // Issue 27, item 2: in any phase, a citizen voice fading against the citizens' share of the members.
        var voice = Participation.CitizenVoice.Read(collaboration, snapshot, now);
        var raised = records[Guid.Empty].Where(r => r.CollaborationId == collaboration.Id && r.Kind == SignalKind.CitizenVoice).Select(r => (DateTimeOffset?)r.At).Max();
        if (CitizenVoiceRule.MayRaise(voice, raised, now))
        {
            lines.Add(new Line(CitizenVoiceLabel, null, Participation.CitizenVoice.Describe(collaboration, voice)));
        }

        // Issue 27, item 7: the process map read; someone already named as fading is not named twice.
        var last = snapshot.Health(collaboration).ToDictionary(h => h.Member.Id, h => h.Activity.LastContributionAt);
        foreach (var part in MappedPartRule.Evaluate(collaboration, map, m => last.GetValueOrDefault(m.Id), ParticipationScan.Today(collaboration, now), now)
            .Where(p => !named.Contains(p.Member.Id)))
        {
            lines.Add(new Line(PartNotTakenUp, part.Member,
                $"{part.Member.DisplayName} ({part.Involvement.ToString().ToLowerInvariant()} in {collaboration.CurrentPhase}, process map) has not contributed for {part.SilentDays} days"));
        }

        return new Content(lines, newly, still, recovered);
    }

    /// <summary>The summary as one person reads it; null when there is nothing in it for them.</summary>
    public static OutboundMessage? For(Collaboration collaboration, Content content, Member reader)
    {
        var lines = content.Lines.Where(l => l.About?.Id != reader.Id).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var facts = lines.GroupBy(l => l.Label).Select(g => new CardFact(g.Key, string.Join("; ", g.Select(l => l.Text)))).ToList();
        var fading = lines.Count(l => l.Label is Fading or StillFading);
        var body = FadeMessages.HasFacilitator(collaboration)
            ? "Only you and the team's other facilitators see this."
            : $"Only you see this: {collaboration.Name} has no facilitator, so this summary comes to you as convener. Name one with `role @name facilitator` and it goes to them instead.";
        var team = lines.FirstOrDefault(l => l.Label == Team);
        var headline = team is not null ? (team.Text.StartsWith("hardly", StringComparison.Ordinal) ? "hardly anyone has taken part yet" : "the whole team is quieter than usual")
            : $"{(fading == 0 ? "nobody" : fading.ToString(System.Globalization.CultureInfo.InvariantCulture))} fading"
              + (lines.Any(l => l.Label == CitizenVoiceLabel) ? ", and the citizen voice is fading" : "");
        return new OutboundMessage($"Your weekly summary of {collaboration.Name}: {headline}.", new Card
        {
            Title = $"Weekly summary: {collaboration.Name}",
            Body = body,
            Facts = facts,
            Note = "Suggested: a personal word, not a public one. `health` shows everyone against their own pace; `summary every friday 16:00` moves this summary, `summary off` stops it.",
        });
    }

    /// <summary>An alert of the last day is not repeated in the summary.</summary>
    private static bool ToldToday(IReadOnlyList<SignalRecord> history, DateTimeOffset now) =>
        history.Any(r => r.Kind is SignalKind.Alert or SignalKind.Escalation && now - r.At < TimeSpan.FromDays(1));

    private static string Told(Collaboration collaboration, Member member, IReadOnlyList<SignalRecord> history)
    {
        var episode = FadeAlertPolicy.Episode(history);
        var escalated = episode.LastOrDefault(r => r.Kind == SignalKind.Escalation);
        var last = episode.LastOrDefault(r => r.Kind is SignalKind.Alert or SignalKind.SummaryAlert);
        var zone = collaboration.TimeZoneId;
        var raisedWith = string.Join(" and ", FadeMessages.EscalationReceivers(collaboration, member).Select(m => m.DisplayName));
        return escalated is not null ? $"raised with {(raisedWith.Length > 0 ? raisedWith : "the conveners")} on {Date(escalated.At, zone)}"
            : last is not null ? $"flagged on {Date(last.At, zone)}"
            : "flagged before";
    }

    private static string Date(DateTimeOffset at, string zone) => CheckInCalendar.Local(at, zone).ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture);
}
