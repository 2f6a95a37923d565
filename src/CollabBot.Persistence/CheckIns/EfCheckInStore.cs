using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.ValueChains;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.CheckIns;

internal sealed class EfCheckInStore(CollabDbContext db) : ICheckInStore
{
    public async Task<CheckInSchedule?> FindScheduleAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<CheckInSchedule>().FindAsync([collaborationId], cancellationToken);

    public async Task<IReadOnlyList<(CheckInSchedule Schedule, Platform Platform)>> ListSchedulesAsync(PlatformScope scope, CancellationToken cancellationToken)
    {
        var rows = await (
            from schedule in db.Set<CheckInSchedule>().AsNoTracking()
            join collaboration in db.OnPlatforms(db.Collaborations, scope) on schedule.CollaborationId equals collaboration.Id
            join workspace in db.Workspaces on collaboration.WorkspaceId equals workspace.Id
            select new { schedule, workspace.Platform }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.schedule, r.Platform)).ToList();
    }

    public void AddSchedule(CheckInSchedule schedule) => db.Add(schedule);

    public void RemoveSchedule(CheckInSchedule schedule) => db.Remove(schedule);

    public async Task<CheckInOccurrence?> FindOccurrenceAsync(Guid occurrenceId, CancellationToken cancellationToken) =>
        await db.Set<CheckInOccurrence>().FindAsync([occurrenceId], cancellationToken);

    public Task<bool> OccurrenceExistsAsync(Guid collaborationId, DateTimeOffset scheduledAt, CancellationToken cancellationToken) =>
        db.Set<CheckInOccurrence>().AnyAsync(o => o.CollaborationId == collaborationId && o.ScheduledAt == scheduledAt, cancellationToken);

    public async Task<IReadOnlyList<CheckInOccurrence>> RecentOccurrencesAsync(Guid collaborationId, int count, CancellationToken cancellationToken) =>
        await db.Set<CheckInOccurrence>().Where(o => o.CollaborationId == collaborationId)
            .OrderByDescending(o => o.ScheduledAt).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CheckInOccurrence>> RemindersDueAsync(DateTimeOffset now, PlatformScope scope, CancellationToken cancellationToken)
    {
        var ids = db.CollaborationIdsOn(scope);
        return await db.Set<CheckInOccurrence>().Where(o => o.RemindAt <= now && o.ClosesAt > now && ids.Contains(o.CollaborationId)).ToListAsync(cancellationToken);
    }

    public void AddOccurrence(CheckInOccurrence occurrence) => db.Add(occurrence);

    public async Task<IReadOnlyList<CheckInOccurrence>> OpenOccurrencesAsync(Guid collaborationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Set<CheckInOccurrence>().Where(o => o.CollaborationId == collaborationId && o.ScheduledAt <= now && o.ClosesAt > now).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CheckInAnswer>> AnswersAsync(IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken) =>
        await db.Set<CheckInAnswer>().Where(a => occurrenceIds.Contains(a.OccurrenceId)).ToListAsync(cancellationToken);

    public void AddAnswer(CheckInAnswer answer) => db.Add(answer);

    public Task<Commitment?> CurrentCommitmentAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Set<Commitment>().Where(c => c.MemberId == memberId).OrderByDescending(c => c.MadeAt).FirstOrDefaultAsync(cancellationToken);

    public void AddCommitment(Commitment commitment) => db.Add(commitment);

    public async Task<IReadOnlyList<Commitment>> CurrentCommitmentsAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        (await db.Set<Commitment>().AsNoTracking().Where(c => c.CollaborationId == collaborationId).ToListAsync(cancellationToken))
            .GroupBy(c => c.MemberId).Select(g => g.MaxBy(c => c.MadeAt)!).ToList();

    public async Task<IReadOnlyList<SmallWin>> WinsAsync(Guid memberId, int count, CancellationToken cancellationToken) =>
        await db.Set<SmallWin>().Where(w => w.MemberId == memberId).OrderByDescending(w => w.At).Take(count).ToListAsync(cancellationToken);

    public Task<SmallWin?> WinForAnswerAsync(Guid answerId, CancellationToken cancellationToken) =>
        db.Set<SmallWin>().FirstOrDefaultAsync(w => w.CheckInAnswerId == answerId, cancellationToken);

    public void AddWin(SmallWin win) => db.Add(win);

    public async Task<IReadOnlyList<ValueOffer>> OffersAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<ValueOffer>().Where(o => o.CollaborationId == collaborationId).OrderBy(o => o.At).ToListAsync(cancellationToken);

    public void AddOffer(ValueOffer offer) => db.Add(offer);

    public async Task<IReadOnlyList<Milestone>> MilestonesAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        await db.Set<Milestone>().Where(m => m.CollaborationId == collaborationId).OrderBy(m => m.Number).ToListAsync(cancellationToken);

    public void AddMilestone(Milestone milestone) => db.Add(milestone);

    public async Task<BigWinProgress> BigWinProgressAsync(Guid collaborationId, CancellationToken cancellationToken) =>
        (await BigWinQueries.ProgressAsync(db, [collaborationId], cancellationToken)).GetValueOrDefault(collaborationId) ?? BigWinProgress.Of([], new Dictionary<Guid, int>(), 0);
}
