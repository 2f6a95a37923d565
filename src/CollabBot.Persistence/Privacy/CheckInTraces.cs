using CollabBot.Domain.CheckIns;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Privacy;

/// <summary>
/// A member's value chain and participation records. Tracked removals, so they commit with the turn. The raw signals
/// go too: the team's aggregates (counts per phase and sector) are computed from the members who remain.
/// </summary>
internal static class CheckInTraces
{
    public static async Task<int> EraseAsync(CollabDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        var answers = await db.Set<CheckInAnswer>().Where(a => a.MemberId == memberId).ToListAsync(cancellationToken);
        var commitments = await db.Set<Commitment>().Where(c => c.MemberId == memberId).ToListAsync(cancellationToken);
        var wins = await db.Set<SmallWin>().Where(w => w.MemberId == memberId).ToListAsync(cancellationToken);
        var offers = await db.Set<ValueOffer>().Where(o => o.OfferedBy == memberId).ToListAsync(cancellationToken);
        var signals = await db.Set<ParticipationSignal>().Where(s => s.MemberId == memberId).ToListAsync(cancellationToken);
        db.RemoveRange(answers);
        db.RemoveRange(commitments);
        db.RemoveRange(wins);
        db.RemoveRange(offers);
        foreach (var offer in await db.Set<ValueOffer>().Where(o => o.ForMemberId == memberId && o.OfferedBy != memberId).ToListAsync(cancellationToken))
        {
            offer.ForgetRecipient();
        }

        db.RemoveRange(signals);

        // Their looks back at phase ends: a summary already made names nobody and stays with the team.
        var lookBacks = await db.Set<Domain.Retrospectives.RetrospectiveAnswer>().Where(a => a.MemberId == memberId).ToListAsync(cancellationToken);
        db.RemoveRange(lookBacks);
        db.RemoveRange(await db.Set<Participation.ParticipationDay>().Where(d => d.MemberId == memberId).ToListAsync(cancellationToken));

        // What the bot told facilitators about the member (alerts, nudges) is about them too.
        db.RemoveRange(await db.Set<SignalRecord>().Where(r => r.MemberId == memberId).ToListAsync(cancellationToken));

        // The occurrence keeps who was prompted (so nobody is prompted twice) as a JSON list; take the member out of it.
        var collaborationId = await db.Members.Where(m => m.Id == memberId).Select(m => m.CollaborationId).FirstOrDefaultAsync(cancellationToken);
        var occurrences = await db.Set<CheckInOccurrence>().Where(o => o.CollaborationId == collaborationId).ToListAsync(cancellationToken);
        foreach (var occurrence in occurrences.Where(o => o.PromptedMemberIds.Contains(memberId)))
        {
            db.Entry(occurrence).Property<List<Guid>>("_promptedMemberIds").CurrentValue = occurrence.PromptedMemberIds.Where(id => id != memberId).ToList();
        }

        return answers.Count + commitments.Count + wins.Count + offers.Count + signals.Count + lookBacks.Count;
    }
}
