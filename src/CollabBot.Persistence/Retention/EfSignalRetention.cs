using CollabBot.Conversations.Retention;
using CollabBot.Domain.Participation;
using CollabBot.Domain.Retention;
using CollabBot.Persistence.Participation;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Retention;

internal sealed class EfSignalRetention(CollabDbContext db) : ISignalRetention
{
    public async Task<int> FoldAsync(DateTimeOffset cutoff, int batch, CancellationToken cancellationToken)
    {
        // A member's daily totals are as personal as the signals they sum: whole days before the cutoff go too.
        var firstKeptDay = ParticipationSignal.DayOf(cutoff);
        await db.Set<ParticipationDay>().Where(d => d.Day < firstKeptDay).ExecuteDeleteAsync(cancellationToken);

        // What the bot told facilitators about a member, and its own posts, are kept no longer than the signals behind them.
        await db.Set<SignalRecord>().Where(r => r.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Domain.Noise.BotPost>().Where(p => p.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        var old = await db.Set<ParticipationSignal>().Where(s => s.At < cutoff).OrderBy(s => s.Id).Take(batch).ToListAsync(cancellationToken);
        if (old.Count == 0)
        {
            return 0;
        }

        foreach (var group in old.GroupBy(s => (s.CollaborationId, s.Kind, Month: SignalTally.MonthOf(s.At))))
        {
            var (collaborationId, kind, month) = group.Key;
            var tally = db.Set<SignalTally>().Local.FirstOrDefault(t => t.CollaborationId == collaborationId && t.Kind == kind && t.Month == month)
                ?? await db.Set<SignalTally>().FirstOrDefaultAsync(t => t.CollaborationId == collaborationId && t.Kind == kind && t.Month == month, cancellationToken);
            if (tally is null)
            {
                db.Add(new SignalTally(collaborationId, kind, month, group.Count()));
            }
            else
            {
                tally.Add(group.Count());
            }
        }

        db.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
        return old.Count;
    }
}
