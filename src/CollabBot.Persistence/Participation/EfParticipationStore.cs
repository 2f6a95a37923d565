using System.Runtime.CompilerServices;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Participation;

internal sealed class EfParticipationStore(CollabDbContext db) : IParticipationStore
{
    private const int LateDays = 2;

    public async Task RefreshDailyTotalsAsync(CancellationToken cancellationToken)
    {
        // The last day summed is summed again (it was summed while it was still going on), with the two days before it
        // (a turn handled late from the inbox may record a signal on a day already summed), and every day after it.
        var last = (await db.Set<ParticipationDay>().MaxAsync(d => (DateTimeOffset?)d.Day, cancellationToken))?.AddDays(-LateDays)
            ?? await db.Set<ParticipationSignal>().MinAsync(s => (DateTimeOffset?)s.Day, cancellationToken);
        if (last is not { } from)
        {
            return;
        }

        // Plain SQL both providers read alike: an upsert of the days' sums, computed where the signals are. A day whose sum
        // did not change is not rewritten (each rewrite is a new row version and index entry in PostgreSQL).
        var sql = FormattableStringFactory.Create(
            $$"""
            INSERT INTO {{ParticipationDayConfiguration.Table}} ("Day", "MemberId", "CollaborationId", "Signals", "LastAt")
            SELECT "Day", "MemberId", "CollaborationId", COUNT(*), MAX("At") FROM participation_signals WHERE "Day" >= {0}
            GROUP BY "Day", "MemberId", "CollaborationId"
            ON CONFLICT ("Day", "MemberId") DO UPDATE SET "Signals" = excluded."Signals", "LastAt" = excluded."LastAt"
            WHERE {{ParticipationDayConfiguration.Table}}."Signals" <> excluded."Signals" OR {{ParticipationDayConfiguration.Table}}."LastAt" <> excluded."LastAt"
            """,
            ProviderValues.Of<ParticipationSignal>(db, nameof(ParticipationSignal.Day), from));
        await db.Database.ExecuteSqlAsync(sql, cancellationToken);
    }

    public async Task<IReadOnlyList<Collaboration>> CollaborationsAsync(CollaborationScope scope, CancellationToken cancellationToken) =>
        await InScope(scope).Include(c => c.Members).Include(c => c.PhaseHistory).AsSplitQuery().AsNoTracking().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MemberTally>> TalliesAsync(CollaborationScope scope, ActivityWindows windows, CancellationToken cancellationToken)
    {
        var (recent, baseline, windowStart) = (windows.RecentStart, windows.BaselineStart, windows.From);
        var w = Enumerable.Range(0, ActivityWindows.Weeks + 1).Select(windows.WeekStart).ToArray();
        var (w0, w1, w2, w3, w4, w5, w6, w7, w8) = (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
        // One pass over the days: the windows' sums, and the sum since the collaboration's current phase started (a day
        // counts when the member's latest signal that day came after the phase started).
        var query = (
                from d in db.Set<ParticipationDay>()
                join c in InScope(scope) on d.CollaborationId equals c.Id
                where d.Day >= windowStart || d.LastAt >= c.PhaseStartedAt
                select new { d.CollaborationId, d.MemberId, d.Day, d.Signals, d.LastAt, c.PhaseStartedAt })
            .GroupBy(d => d.MemberId)
            .Select(g => new
            {
                MemberId = g.Key,
                InPhase = g.Sum(d => d.LastAt >= d.PhaseStartedAt ? d.Signals : 0),
                Recent = g.Sum(d => d.Day >= recent ? d.Signals : 0),
                Baseline = g.Sum(d => d.Day >= baseline && d.Day < recent ? d.Signals : 0),
                W0 = g.Sum(d => d.Day >= w0 && d.Day < w1 ? d.Signals : 0),
                W1 = g.Sum(d => d.Day >= w1 && d.Day < w2 ? d.Signals : 0),
                W2 = g.Sum(d => d.Day >= w2 && d.Day < w3 ? d.Signals : 0),
                W3 = g.Sum(d => d.Day >= w3 && d.Day < w4 ? d.Signals : 0),
                W4 = g.Sum(d => d.Day >= w4 && d.Day < w5 ? d.Signals : 0),
                W5 = g.Sum(d => d.Day >= w5 && d.Day < w6 ? d.Signals : 0),
                W6 = g.Sum(d => d.Day >= w6 && d.Day < w7 ? d.Signals : 0),
                W7 = g.Sum(d => d.Day >= w7 && d.Day < w8 ? d.Signals : 0),
                Last = g.Max(d => d.LastAt),
            });
        var rows = !db.Database.IsNpgsql()
            ? await query.ToListAsync(cancellationToken)
            : await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                // PostgreSQL would otherwise sort every member's days on disk (4 MB work_mem), and spend longer compiling
                // the query (JIT) than hashing 30,000 members in memory takes.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'; SET LOCAL jit = off", cancellationToken);
                return await query.ToListAsync(cancellationToken);
            });
        return rows.Select(r => new MemberTally(r.MemberId, r.Recent, r.Baseline, [r.W0, r.W1, r.W2, r.W3, r.W4, r.W5, r.W6, r.W7], r.Last, r.InPhase)).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, int>> PrivateBeforeImplementAsync(CollaborationScope scope, CancellationToken cancellationToken) =>
        await (
                from c in InScope(scope).Where(c => c.CurrentPhase == Phase.Implement)
                join t in db.Set<PhaseTransition>().Where(t => t.Phase == Phase.Implement) on c.Id equals t.CollaborationId
                join m in db.Members.Where(m => m.Sector == Sector.PrivateBusiness) on c.Id equals m.CollaborationId
                join d in db.Set<ParticipationDay>() on m.Id equals d.MemberId
                where d.Day < t.EnteredAt
                group d.Signals by c.Id into g
                select new { g.Key, Count = g.Sum() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastContributionAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken) =>
        await db.Set<ParticipationSignal>()
            .Where(s => memberIds.Contains(s.MemberId))
            .GroupBy(s => s.MemberId)
            .Select(g => new { g.Key, Last = g.Max(s => s.At) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);

    public async Task<(IReadOnlyList<CheckInOccurrence> Occurrences, IReadOnlyList<CheckInAnswer> Answers)> RecentCheckInsAsync(
        CollaborationScope scope, DateTimeOffset now, int count, CancellationToken cancellationToken)
    {
        var ids = InScope(scope).Select(c => c.Id);
        var occurrences = await db.Set<CheckInOccurrence>().AsNoTracking()
            .Where(o => ids.Contains(o.CollaborationId) && o.ScheduledAt <= now)
            .Where(o => db.Set<CheckInOccurrence>().Count(later => later.CollaborationId == o.CollaborationId && later.ScheduledAt > o.ScheduledAt && later.ScheduledAt <= now) < count)
            .ToListAsync(cancellationToken);
        var occurrenceIds = occurrences.Select(o => o.Id).ToList();
        var answers = occurrenceIds.Count == 0
            ? []
            : await db.Set<CheckInAnswer>().AsNoTracking().Where(a => occurrenceIds.Contains(a.OccurrenceId)).ToListAsync(cancellationToken);
        return (occurrences, answers);
    }

    public async Task<IReadOnlyList<(Guid CollaborationId, DateTimeOffset At)>> WinsAsync(CollaborationScope scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var ids = InScope(scope).Select(c => c.Id);
        var wins = await db.Set<SmallWin>().Where(w => ids.Contains(w.CollaborationId) && w.At >= from && w.At < to)
            .Select(w => new { w.CollaborationId, w.At }).ToListAsync(cancellationToken);
        return wins.Select(w => (w.CollaborationId, w.At)).ToList();
    }

    public async Task<IReadOnlyList<(Guid CollaborationId, DateTimeOffset Day, int Signals)>> DailyAsync(
        IReadOnlyCollection<Guid> collaborationIds, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ParticipationDay>()
            .Where(d => collaborationIds.Contains(d.CollaborationId) && d.Day >= from && d.Day < to)
            .GroupBy(d => new { d.CollaborationId, d.Day })
            .Select(g => new { g.Key.CollaborationId, g.Key.Day, Signals = g.Sum(d => d.Signals) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.CollaborationId, r.Day, r.Signals)).ToList();
    }

    private IQueryable<Collaboration> InScope(CollaborationScope scope) => db.InScope(scope);
}
