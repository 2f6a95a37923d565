using System.Globalization;
using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Text;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.Digests;

/// <summary>
/// The weekly digest (DOMAIN.md §7) for one or more collaborations: phase against plan, checklist, small wins,
/// commitments, participation, sector balance, decisions and open reservations, risks and obstacles, interventions
/// and what followed, the next check-in, unheld leadership roles, and a chart of the last eight weeks (stored as its
/// series, drawn when its link is first fetched). Names appear only in a digest sent privately to a facilitator or
/// coordinator of the team; a shared channel gets counts.
/// </summary>
public sealed class DigestComposer(IImageLinks links)
{
    public OutboundMessage Compose(IReadOnlyList<Collaboration> collaborations, ActivitySnapshot snapshot, DigestFacts facts, string? privateReaderUserId, IDigestStore store)
    {
        var now = snapshot.Now;
        var signals = new int[ActivityWindows.Weeks];
        var wins = new int[ActivityWindows.Weeks];
        var cardFacts = new List<CardFact>();
        foreach (var collaboration in collaborations)
        {
            var weekly = snapshot.WeeklySignals(collaboration);
            var weeklyWins = snapshot.WeeklyWins(collaboration);
            for (var i = 0; i < ActivityWindows.Weeks; i++)
            {
                signals[i] += weekly[i];
                wins[i] += weeklyWins[i];
            }

            var named = privateReaderUserId is { } reader && collaboration.FindMember(reader) is { } member && (member.Holds(Role.Facilitator) || member.Holds(Role.Coordinator));
            cardFacts.AddRange(Facts(collaboration, snapshot, facts, weekly[^1], weeklyWins[^1], named));
        }

        var title = collaborations.Count == 1 ? collaborations[0].Name : Words.Count(collaborations.Count, "collaboration");
        var imageId = Guid.NewGuid();
        var chart = Chart(title, collaborations.Min(c => c.CreatedAt), snapshot.Windows, signals, wins);
        store.AddChart(imageId, chart);
        return new OutboundMessage($"Weekly digest: {string.Join(", ", collaborations.Select(c => c.Name))}.", new Card
        {
            Title = $"Weekly digest: {title}",
            Body = $"Week ending {now.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}.",
            Facts = cardFacts,
            ImageUrl = links.LinkTo(imageId),
            ImageAlt = $"Contributions per week since the team started: {string.Join(", ", chart.Signals)}; small wins per week: {string.Join(", ", chart.Wins)}.",
        });
    }

    /// <summary>
    /// Weeks counted from the team's start (the earliest of the digest's teams): week 1 is the week ending on the first
    /// digest day after it started. Weeks that ended before the team existed are left out.
    /// </summary>
    public static DigestChart Chart(string title, DateTimeOffset started, ActivityWindows windows, IReadOnlyList<int> signals, IReadOnlyList<int> wins)
    {
        var startDay = ParticipationSignal.DayOf(started);
        var kept = Enumerable.Range(0, ActivityWindows.Weeks).Where(i => windows.WeekStart(i + 1) > startDay).ToList();
        var labels = kept.Select(i =>
        {
            var lastDay = windows.WeekStart(i + 1).AddDays(-1);
            var number = (int)Math.Ceiling((windows.WeekStart(i + 1) - startDay).TotalDays / 7);
            return $"week {number}\n{lastDay.ToString("d MMM", CultureInfo.InvariantCulture)}";
        }).ToList();
        var endsOn = windows.Today.ToString("dddd", CultureInfo.InvariantCulture);
        return new DigestChart($"{title}: contributions and small wins per week", labels, kept.Select(i => signals[i]).ToList(), kept.Select(i => wins[i]).ToList(), endsOn);
    }

    private static List<CardFact> Facts(Collaboration collaboration, ActivitySnapshot snapshot, DigestFacts facts, int weekSignals, int weekWins, bool named)
    {
        var now = snapshot.Now;
        var name = collaboration.Name;
        var checklist = PhaseChecklist.Evaluate(collaboration, facts.Evidence.GetValueOrDefault(collaboration.Id) ?? ChecklistEvidence.None);
        var day = (int)collaboration.TimeInPhase(now).TotalDays + 1;
        var planned = (int)collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays;
        var trends = snapshot.CommitmentTrends(collaboration);
        var activeMembers = collaboration.Members.Where(m => snapshot.Tally(m) is { } t && t.Weeks[^1] > 0).ToList();
        var fading = snapshot.Health(collaboration).Where(h => h.Verdict.Fading).Select(h => h.Member.DisplayName).ToList();
        var bySector = snapshot.SectorsInPhase(collaboration);
        var total = Math.Max(1, bySector.Values.Sum());
        var schedule = facts.Schedules.GetValueOrDefault(collaboration.Id);
        var next = schedule is null ? "none scheduled" : CheckInCalendar.Next(schedule, now, 1).Select(o => DateText.Show(CheckInCalendar.Local(o, schedule.TimeZoneId))).FirstOrDefault("none coming");
        var unheld = collaboration.UnheldLeadershipRoles().Select(r => r.ToString().ToLowerInvariant()).ToList();
        var participation = $"{Words.Count(weekSignals, "contribution")} from {activeMembers.Count} of {Words.Count(collaboration.Members.Count, "member")}; {Words.Count(weekWins, "small win")}"
            + (named
                ? $"; active: {Names(activeMembers.Select(m => m.DisplayName))}; fading: {Names(fading)}"
                : fading.Count > 0 ? $"; {fading.Count} fading (facilitators were told privately)" : "");
        return
        [
            new($"{name}: phase", $"{collaboration.CurrentPhase}, day {day} of {planned} planned" + (collaboration.IsOverrun(now) ? " (overrun)" : "")),
            new($"{name}: checklist", PhaseCard.Summary(checklist)),
            new($"{name}: this week", participation),
            new($"{name}: looking back", facts.LatestRetrospectives.GetValueOrDefault(collaboration.Id) is { ClosedAt: not null } closed
                ? RetrospectiveText.Line(collaboration, closed, closed.AnswerCount, now)
                : facts.LatestRetrospectives.ContainsKey(collaboration.Id) ? "a look back is open; its summary follows when it closes" : "none yet"),
            new($"{name}: toward the big win", facts.BigWins.GetValueOrDefault(collaboration.Id) is { } progress && collaboration.BigWin is not null ? progress.Describe() : "no big win set yet"),
            new($"{name}: kinds of value (4 weeks)", Domain.ValueChains.ValueKinds.Describe(facts.ValueKinds[collaboration.Id]) ?? "none named at check-ins"),
            new($"{name}: commitments", $"{trends.Count(t => t == Trend.Consolidating)} consolidating, {trends.Count(t => t == Trend.Steady)} steady, {trends.Count(t => t == Trend.Weakening)} weakening"),
            new($"{name}: sectors this phase", bySector.Count == 0 ? "no contributions yet" : string.Join(", ", bySector.OrderByDescending(s => s.Value).Select(s => $"{SectorNames.Display(s.Key)} {100 * s.Value / total}%"))),
            new($"{name}: decisions", Decisions(collaboration, facts.Decisions[collaboration.Id].ToList(), now, named)),
            new($"{name}: risks and obstacles", Concerns(facts.OpenConcerns[collaboration.Id].ToList(), facts.CheckInObstacles[collaboration.Id].ToList())),
            new($"{name}: actions", Actions(collaboration, facts.OpenActions[collaboration.Id].ToList(), now, named)),
            new($"{name}: interventions", Interventions(facts.Interventions[collaboration.Id].ToList())),
            new($"{name}: next check-in", next),
            new($"{name}: leadership", unheld.Count == 0 ? "every leadership role is held" : $"nobody holds: {string.Join(", ", unheld)}"),
        ];
    }

    private static string Decisions(Collaboration collaboration, List<Decision> decisions, DateTimeOffset now, bool named)
    {
        var taken = decisions.Where(d => d.ClosedAt >= now.AddDays(-7)).Select(d => $"{d.Number}. {d.Text} ({DecisionCard.Outcome(d)}{(d.FastConsensus ? ", agreed by everyone within the hour" : "")})").ToList();
        var open = decisions.Count(d => d.IsOpen);
        var reservations = decisions.Where(d => d.Outcome == DecisionOutcome.ProvisionallyAgreed)
            .SelectMany(d => d.Positions.Where(p => p.IsOpenReservation).Select(p => (d.Number, p.MemberId))).ToList();
        var parts = new List<string> { taken.Count == 0 ? "none taken this week" : $"taken: {string.Join("; ", taken)}" };
        if (open > 0)
        {
            parts.Add($"{open} open for positions");
        }

        if (reservations.Count > 0)
        {
            parts.Add(named
                ? $"open reservations: {string.Join(", ", reservations.Select(r => $"{MemberNames.Of(collaboration, r.MemberId)} on {r.Number}"))}"
                : $"{reservations.Count} open reservations on {string.Join(", ", reservations.Select(r => r.Number).Distinct())}");
        }

        return string.Join("; ", parts);
    }

    private static string Concerns(List<Concern> open, List<string> fromCheckIns)
    {
        var risks = open.Where(c => c.Kind == ConcernKind.Risk).ToList();
        var obstacles = open.Where(c => c.Kind == ConcernKind.Obstacle).ToList();
        var text = $"{risks.Count} open risks{Listed(risks)}, {obstacles.Count} open obstacles{Listed(obstacles)}";
        return fromCheckIns.Count == 0 ? text : $"{text}; named in check-ins this week: {string.Join("; ", fromCheckIns.Take(3))}";

        static string Listed(List<Concern> concerns) => concerns.Count == 0 ? "" : $" ({string.Join("; ", concerns.Take(3).Select(c => $"{c.Number}. {c.Text}" + (c.Kind == ConcernKind.Risk && c.OwnerId is null ? ", no owner" : "")))})";
    }

    /// <summary>Open and overdue actions (issue 28, point 4); the overdue ones listed, owners only where names may appear.</summary>
    private static string Actions(Collaboration collaboration, List<ActionItem> open, DateTimeOffset now, bool named)
    {
        var today = ActionText.Today(collaboration, now);
        var overdue = open.Where(a => a.IsOverdue(today)).OrderBy(a => a.DueOn).ToList();
        var text = $"{open.Count} open, {overdue.Count} overdue";
        return overdue.Count == 0 ? text : $"{text}: {string.Join("; ", overdue.Take(3).Select(a => ActionText.Line(a, collaboration, today, named)))}";
    }

    private static string Interventions(List<Domain.Catalysts.Intervention> interventions) => interventions.Count == 0
        ? "none in the last two weeks"
        : string.Join("; ", interventions.Take(3).Select(i => $"{CatalystMessages.Name(i.Rule)} {i.At.ToString("d MMM", CultureInfo.InvariantCulture)}: {i.EffectText}"));

    private static string Names(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order(StringComparer.OrdinalIgnoreCase)) : "none";
}
