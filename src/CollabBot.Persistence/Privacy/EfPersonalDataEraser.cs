using System.Text.Json;
using CollabBot.Conversations;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Privacy;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Digests;
using CollabBot.Domain.ProcessMap;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Privacy;

/// <summary>
/// Erases by identity (platform, workspace or tenant, user id), never by matching text: rows of other people, turns
/// not handled yet and duplicate-check keys stay as they are. The member's own stored payloads (their handled turns,
/// messages addressed to them) are redacted in place, so each row still stops a repeat. Changes are tracked, so they
/// commit with the rest of the turn (the member's removal and the anonymised records) in one save.
/// </summary>
internal sealed class EfPersonalDataEraser(CollabDbContext db) : IPersonalDataEraser
{
    public const string ForgottenUserId = "forgotten";

    public async Task<int> EraseAsync(PersonToErase person, CancellationToken cancellationToken)
    {
        var changed = await CheckInTraces.EraseAsync(db, person.MemberId, cancellationToken);
        changed += await RemoveAsync(db.Set<Files.StoredFile>().Where(f => f.Platform == person.Platform && f.WorkspaceId == person.WorkspaceId && f.OwnerUserId == person.UserId), cancellationToken);
        changed += await RemoveAsync(db.Set<ProcessMapEntry>().Where(e => e.MemberId == person.MemberId), cancellationToken);
        changed += await ForgetOutreachAsync(person.MemberId, cancellationToken);
        changed += await RemoveAsync(db.Set<DigestSubscription>().Where(s => s.CollaborationId == person.CollaborationId && s.RecipientUserId == person.UserId), cancellationToken);
        changed += await RedactMessagesToAsync(person, cancellationToken);
        changed += await RedactOwnTurnsAsync(person, cancellationToken);
        return changed;
    }

    /// <summary>Where they shared the work stays the team's evidence of reaching out, without their name.</summary>
    private async Task<int> ForgetOutreachAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var reports = await db.Set<Domain.Network.OutreachReport>().Where(r => r.MemberId == memberId).ToListAsync(cancellationToken);
        reports.ForEach(r => r.Forget());
        return reports.Count;
    }

    private async Task<int> RemoveAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var found = await rows.ToListAsync(cancellationToken);
        db.RemoveRange(found);
        return found.Count;
    }

    /// <summary>Messages to the person: their content goes, their key stays; one not sent yet is parked, never sent.</summary>
    private async Task<int> RedactMessagesToAsync(PersonToErase person, CancellationToken cancellationToken)
    {
        var rows = await db.Outbox.Where(o => o.Platform == person.Platform && o.WorkspaceId == person.WorkspaceId && o.RecipientUserId == person.UserId)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var entry = JsonSerializer.Deserialize<OutboxEntry>(row.PayloadJson, CollabJson.Options)!;
            row.PayloadJson = JsonSerializer.Serialize(entry with { RecipientUserId = ForgottenUserId, Message = new OutboundMessage(Redacted) }, CollabJson.Options);
            row.RecipientUserId = ForgottenUserId;
            if (row.Status == OutboxStatus.Pending)
            {
                (row.Status, row.LastError, row.LeaseUntil) = (OutboxStatus.Parked, "The recipient asked to be forgotten.", null);
            }
        }

        return rows.Count;
    }

    /// <summary>
    /// The person's own handled turns (and the turn erasing them): who, what they typed and the card values go; the
    /// row and its key stay. The text search only narrows the rows read; each is judged by the identity it holds.
    /// </summary>
    private async Task<int> RedactOwnTurnsAsync(PersonToErase person, CancellationToken cancellationToken)
    {
        var forms = Redaction.StoredForms(person.UserId, CollabJson.Options).ToList();
        var candidates = new List<Turns.InboxTurn>();
        foreach (var form in forms)
        {
            candidates.AddRange(await db.Inbox.Where(t => (t.CompletedAt != null || t.Id == person.CurrentInboxId) && t.TurnJson.Contains(form)).ToListAsync(cancellationToken));
        }

        var redacted = 0;
        foreach (var row in candidates.DistinctBy(t => t.Id))
        {
            var turn = JsonSerializer.Deserialize<InboundTurn>(row.TurnJson, CollabJson.Options)!;
            if (turn.Where.Platform != person.Platform || turn.Where.WorkspaceId != person.WorkspaceId || turn.Who.UserId != person.UserId)
            {
                continue;
            }

            row.TurnJson = JsonSerializer.Serialize(
                turn with { Who = new MemberRef(ForgottenUserId, Redaction.Replacement), Text = null, Values = new Dictionary<string, string>(), Mentions = [] },
                CollabJson.Options);
            redacted++;
        }

        return redacted;
    }

    private const string Redacted = "(erased: the recipient asked to be forgotten)";
}
