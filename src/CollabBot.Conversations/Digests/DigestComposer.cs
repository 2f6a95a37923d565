using System.Globalization;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Participation;
using CollabBot.Conversations.Phases;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Digests;

/// <summary>
/// The weekly digest (DOMAIN.md §7) for one or more collaborations: phase against plan, checklist, small wins,
/// commitments, participation (counts only: the digest goes to a shared channel), sector balance, obstacles,
/// unheld leadership roles, next check-in, and a chart of the last eight weeks.
/// </summary>
public sealed class DigestComposer(IChartRenderer charts, IImageStore images)
{
    public const int Weeks = 8;

    public async Task<OutboundMessage> ComposeAsync(IReadOnlyList<Collaboration> collaborations, IServiceProvider services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var digests = services.GetRequiredService<IDigestStore>();
        var checkIns = services.GetRequiredService<ICheckInStore>();
        var participation = services.GetRequiredService<IParticipationStore>();
        var weekStarts = Enumerable.Range(0, Weeks).Select(i => now.AddDays(-7 * (Weeks - i))).ToList();
        var signals = new int[Weeks];
        var wins = new int[Weeks];
        var facts = new List<CardFact>();
        foreach (var collaboration in collaborations)
        {
            var weekly = await digests.WeeklyAsync(collaboration.Id, weekStarts, cancellationToken);
            for (var i = 0; i < Weeks; i++)
            {
                signals[i] += weekly[i].Signals;
                wins[i] += weekly[i].Wins;
            }

            facts.AddRange(await FactsAsync(collaboration, weekly[^1], checkIns, participation, digests, now, cancellationToken));
        }

        var labels = weekStarts.Select(w => w.ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var title = collaborations.Count == 1 ? collaborations[0].Name : $"{collaborations.Count} collaborations";
        var png = charts.WeeklyParticipation($"{title}: last {Weeks} weeks", labels, signals, wins);
        var url = await images.SaveAsync(png, cancellationToken);
        return new OutboundMessage($"Weekly digest: {string.Join(", ", collaborations.Select(c => c.Name))}.", new Card
        {
            Title = $"Weekly digest: {title}",
            Body = $"Week ending {now.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}.",
            Facts = facts,
            ImageUrl = url,
            ImageAlt = $"Contributions per week: {string.Join(", ", signals)}; small wins per week: {string.Join(", ", wins)}.",
        });
    }

    private static async Task<List<CardFact>> FactsAsync(
        Collaboration collaboration, (int Signals, int Wins) week, ICheckInStore checkIns, IParticipationStore participation, IDigestStore digests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = collaboration.Name;
        var checklist = await PhaseEvidence.ChecklistAsync(collaboration, checkIns, cancellationToken);
        var day = (int)collaboration.TimeInPhase(now).TotalDays + 1;
        var planned = (int)collaboration.PlannedLength(collaboration.CurrentPhase).TotalDays;
        var past = (await checkIns.RecentOccurrencesAsync(collaboration.Id, 6, cancellationToken)).Where(o => o.ScheduledAt <= now).OrderBy(o => o.ScheduledAt).ToList();
        var answers = await checkIns.AnswersAsync(past.Select(o => o.Id).ToList(), cancellationToken);
        var trends = collaboration.Members.Select(m => CommitmentTrend.Evaluate(TrendAlerts.Points(m, past, answers))).ToList();
        var active = (await participation.ActivityAsync(collaboration.Id, now.AddDays(-7), now.AddDays(-7), cancellationToken)).Count(a => a.Recent > 0);
        var bySector = await participation.BySectorAsync(collaboration.Id, collaboration.PhaseStartedAt, now, cancellationToken);
        var total = Math.Max(1, bySector.Values.Sum());
        var obstacles = await digests.ObstaclesSinceAsync(collaboration.Id, now.AddDays(-7), cancellationToken);
        var schedule = await checkIns.FindScheduleAsync(collaboration.Id, cancellationToken);
        var next = schedule is null ? "none scheduled" : CheckInCalendar.Next(schedule, now, 1).Select(o => DateText.Show(CheckInCalendar.Local(o, schedule.TimeZoneId))).FirstOrDefault("none coming");
        var unheld = new[] { Role.Convener, Role.Facilitator, Role.Catalyst }.Where(r => !collaboration.Members.Any(m => m.Holds(r))).Select(r => r.ToString().ToLowerInvariant()).ToList();
        return
        [
            new($"{name}: phase", $"{collaboration.CurrentPhase}, day {day} of {planned} planned" + (collaboration.IsOverrun(now) ? " (overrun)" : "")),
            new($"{name}: checklist", $"{checklist.Count(i => i.Met == true)} of {checklist.Count} met" + (checklist.Any(i => i.Met == false) ? $"; missing: {string.Join("; ", checklist.Where(i => i.Met == false).Select(i => i.Text.ToLowerInvariant()))}" : "")),
            new($"{name}: this week", $"{week.Signals} contributions from {active} of {collaboration.Members.Count} members; {week.Wins} small wins"),
            new($"{name}: commitments", $"{trends.Count(t => t == Trend.Consolidating)} consolidating, {trends.Count(t => t == Trend.Steady)} steady, {trends.Count(t => t == Trend.Weakening)} weakening"),
            new($"{name}: sectors this phase", bySector.Count == 0 ? "no contributions yet" : string.Join(", ", bySector.OrderByDescending(s => s.Value).Select(s => $"{SectorNames.Display(s.Key)} {100 * s.Value / total}%"))),
            new($"{name}: obstacles", obstacles.Count == 0 ? "none named this week" : $"{obstacles.Count}: {string.Join("; ", obstacles.Take(3))}"),
            new($"{name}: interventions", "none this week"),
            new($"{name}: next check-in", next),
            new($"{name}: leadership", unheld.Count == 0 ? "every leadership role is held" : $"nobody holds: {string.Join(", ", unheld)}"),
        ];
    }
}
