using CollabBot.Conversations.Privacy;
using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Privacy;

internal sealed class EfMemberHistory(CollabDbContext db) : IMemberHistory
{
    public async Task<MemberHistory> LoadAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.MadeAt).ToListAsync(cancellationToken);
        var wins = await db.Set<SmallWin>().AsNoTracking().Where(w => w.MemberId == memberId).OrderBy(w => w.At).ToListAsync(cancellationToken);
        var answers = await db.Set<CheckInAnswer>().AsNoTracking().Where(a => a.MemberId == memberId).OrderBy(a => a.AnsweredAt).ToListAsync(cancellationToken);
        var lookBacks = await db.Set<Domain.Retrospectives.RetrospectiveAnswer>().AsNoTracking().Where(l => l.MemberId == memberId).OrderBy(l => l.At).ToListAsync(cancellationToken);
        var signals = await db.Set<ParticipationSignal>().AsNoTracking().Where(s => s.MemberId == memberId)
            .GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new MemberHistory(
            commitments.Select(c => new MemberHistory.CommitmentRecord(c.Want, c.Give, c.MadeAt)).ToList(),
            wins.Select(w => new MemberHistory.WinRecord(w.Text, w.At)).ToList(),
            answers.Select(a => new MemberHistory.AnswerRecord(a.SmallWin, a.Rating, a.Dimension?.ToString(), a.Obstacle, a.AnsweredAt, a.CommitmentHolds)).ToList(),
            signals.ToDictionary(s => s.Key.ToString(), s => s.Count),
            lookBacks.Select(l => new MemberHistory.LookBackRecord(l.Learned, l.ViewChanged, l.Keep, l.At)).ToList());
    }
}
