using System.Collections.Concurrent;
using CollabBot.Conversations.CheckIns;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;

namespace CollabBot.Conversations.Participation;

/// <summary>
/// What the daily scan (fade and catalyst rules) and the digest read about the collaborations in a scope, loaded in a
/// handful of queries over the database's daily totals. The rules then run in memory, one collaboration at a time.
/// </summary>
public sealed class ActivitySnapshot
{
    /// <summary>Check-ins read per collaboration: enough for the commitment trend and for missed check-ins in a row.</summary>
    public const int CheckInsRead = 6;

    private readonly Dictionary<Guid, MemberTally> _tallies;
    private readonly Dictionary<Guid, DateTimeOffset> _olderLast;
    private readonly IReadOnlyDictionary<Guid, int> _privateBeforeImplement;
    private readonly ILookup<Guid, CheckInOccurrence> _occurrences;
    private readonly ILookup<Guid, CheckInAnswer> _answers;
    private readonly ILookup<Guid, DateTimeOffset> _wins;
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<MemberHealth>> _health = new();
    private readonly ConcurrentDictionary<Guid, TeamPulse> _pulses = new();

    private ActivitySnapshot(
        IReadOnlyList<Collaboration> collaborations, ActivityWindows windows, DateTimeOffset now, IReadOnlyList<MemberTally> tallies, IReadOnlyDictionary<Guid, DateTimeOffset> olderLast,
        IReadOnlyDictionary<Guid, int> privateBeforeImplement, IReadOnlyList<CheckInOccurrence> occurrences, IReadOnlyList<CheckInAnswer> answers,
        IReadOnlyList<(Guid CollaborationId, DateTimeOffset At)> wins)
    {
        Collaborations = collaborations;
        Windows = windows;
        Now = now;
        _tallies = tallies.ToDictionary(t => t.MemberId);
        _olderLast = olderLast.ToDictionary();
        _privateBeforeImplement = privateBeforeImplement;
        _occurrences = occurrences.ToLookup(o => o.CollaborationId);
        _answers = answers.ToLookup(a => a.CollaborationId);
        _wins = wins.ToLookup(w => w.CollaborationId, w => w.At);
    }

    public IReadOnlyList<Collaboration> Collaborations { get; }
    public ActivityWindows Windows { get; }
    public DateTimeOffset Now { get; }

    public static async Task<ActivitySnapshot> LoadAsync(IParticipationStore store, CollaborationScope scope, DateTimeOffset now, FadeSettings settings, CancellationToken cancellationToken)
    {
        await store.RefreshDailyTotalsAsync(cancellationToken);
        var windows = ActivityWindows.At(now, settings);
        var collaborations = await store.CollaborationsAsync(scope, cancellationToken);
        var tallies = await store.TalliesAsync(scope, windows, cancellationToken);
        var active = tallies.Select(t => t.MemberId).ToHashSet();
        var silent = collaborations.SelectMany(c => c.Members).Where(m => !active.Contains(m.Id)).Select(m => m.Id).ToList();
        var olderLast = silent.Count == 0 ? new Dictionary<Guid, DateTimeOffset>() : await store.LastContributionAsync(silent, cancellationToken);
        var privateBefore = await store.PrivateBeforeImplementAsync(scope, cancellationToken);
        var (occurrences, answers) = await store.RecentCheckInsAsync(scope, now, CheckInsRead, cancellationToken);
        var wins = await store.WinsAsync(scope, windows.WeekStart(0), windows.WeekStart(ActivityWindows.Weeks), cancellationToken);
        return new ActivitySnapshot(collaborations, windows, now, tallies, olderLast, privateBefore, occurrences, answers, wins);
    }

    public MemberTally? Tally(Member member) => _tallies.GetValueOrDefault(member.Id);

    /// <summary>The collaboration's signals per week, oldest first.</summary>
    public IReadOnlyList<int> WeeklySignals(Collaboration collaboration)
    {
        var weeks = new int[ActivityWindows.Weeks];
        foreach (var tally in collaboration.Members.Select(Tally).OfType<MemberTally>())
        {
            for (var i = 0; i < weeks.Length; i++)
            {
                weeks[i] += tally.Weeks[i];
            }
        }

        return weeks;
    }

    /// <summary>The collaboration's small wins per week, oldest first.</summary>
    public IReadOnlyList<int> WeeklyWins(Collaboration collaboration)
    {
        var weeks = new int[ActivityWindows.Weeks];
        foreach (var at in _wins[collaboration.Id])
        {
            var index = Enumerable.Range(0, ActivityWindows.Weeks).LastOrDefault(i => at >= Windows.WeekStart(i));
            weeks[index]++;
        }

        return weeks;
    }

    /// <summary>Contributions per sector since the current phase started (members with a sector who contributed).</summary>
    public IReadOnlyDictionary<Sector, int> SectorsInPhase(Collaboration collaboration) => collaboration.Members
        .Where(m => m.Sector is not null && Tally(m) is { InPhase: > 0 })
        .GroupBy(m => m.Sector!.Value)
        .ToDictionary(g => g.Key, g => g.Sum(m => Tally(m)!.InPhase));

    public int PrivateBeforeImplement(Collaboration collaboration) => _privateBeforeImplement.GetValueOrDefault(collaboration.Id);

    /// <summary>The collaboration's past check-ins, oldest first, and their answers.</summary>
    public (IReadOnlyList<CheckInOccurrence> Past, IReadOnlyList<CheckInAnswer> Answers) CheckIns(Collaboration collaboration) =>
        (_occurrences[collaboration.Id].OrderBy(o => o.ScheduledAt).ToList(), _answers[collaboration.Id].ToList());

    /// <summary>Whether the whole team is quieter than usual, week by week (declared breaks included).</summary>
    public TeamPulse Pulse(Collaboration collaboration) => _pulses.GetOrAdd(collaboration.Id, _ =>
    {
        var paused = Enumerable.Range(0, ActivityWindows.Weeks).Select(i => Enumerable.Range(0, 7)
            .Any(d => collaboration.IsPaused(DateOnly.FromDateTime(Windows.WeekStart(i).AddDays(d).UtcDateTime)))).ToList();
        var existing = Enumerable.Range(0, ActivityWindows.Weeks).Count(i => Windows.WeekStart(i + 1) > collaboration.CreatedAt);
        return TeamPulse.Of(WeeklySignals(collaboration), paused, existing);
    });

    /// <summary>The latest contribution anyone made in the collaboration, as far as the windows read.</summary>
    public DateTimeOffset? LastContribution(Collaboration collaboration) =>
        collaboration.Members.Select(Tally).OfType<MemberTally>().Select(t => (DateTimeOffset?)t.Last).Max();

    /// <summary>Every member judged by the fade rule (DOMAIN.md §4) from the aggregates, with the collaboration's thresholds; judged once per snapshot.</summary>
    public IReadOnlyList<MemberHealth> Health(Collaboration collaboration) => _health.GetOrAdd(collaboration.Id, _ => Judge(collaboration));

    private List<MemberHealth> Judge(Collaboration collaboration)
    {
        var (past, answers) = CheckIns(collaboration);
        var pulse = Pulse(collaboration);
        var today = DateOnly.FromDateTime(Windows.Today.UtcDateTime);
        var noWeeks = new int[ActivityWindows.Weeks];
        return collaboration.Members.Select(member =>
        {
            var tally = Tally(member);
            var last = tally?.Last ?? (_olderLast.TryGetValue(member.Id, out var older) ? older : null);
            var activity = MemberActivityReading.Read(member, tally?.Weeks ?? noWeeks, last, today, pulse,
                CheckInPoints.Turns(member, past, answers, Now), collaboration.FadeSettings);
            return new MemberHealth(member, activity, FadeRule.Evaluate(activity, pulse, collaboration.FadeSettings));
        }).ToList();
    }

    /// <summary>Each member's check-ins as the commitment trend reads them, leaving out those in the team's quiet weeks.</summary>
    public List<CheckInPoint> Points(Collaboration collaboration, Member member)
    {
        var (past, answers) = CheckIns(collaboration);
        var pulse = Pulse(collaboration);
        return CheckInPoints.Of(member, past, answers, Now)
            .Where(p => !pulse.IsQuietDay(Windows.Today.UtcDateTime.Subtract(ParticipationSignal.DayOf(p.At).UtcDateTime).Days)).ToList();
    }

    /// <summary>Each member's commitment trend over the recent check-ins.</summary>
    public IReadOnlyList<Trend> CommitmentTrends(Collaboration collaboration)
    {
        return collaboration.Members.Select(m => CommitmentTrend.Evaluate(Points(collaboration, m))).ToList();
    }
}
