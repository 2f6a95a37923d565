using CollabBot.Conversations;
using CollabBot.Conversations.Privacy;
using CollabBot.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Privacy;

/// <summary>
/// Changes are tracked, so they are committed with the rest of the turn (the member's removal and the anonymised
/// records) in one SaveChanges.
/// </summary>
internal sealed class EfPersonalDataEraser(CollabDbContext db) : IPersonalDataEraser
{
    public async Task<int> EraseAsync(Platform platform, string workspaceId, Guid memberId, string userId, string displayName, CancellationToken cancellationToken)
    {
        var changed = await CheckInTraces.EraseAsync(db, memberId, cancellationToken);
        var files = await db.Set<Files.StoredFile>().Where(f => f.Platform == platform && f.WorkspaceId == workspaceId && f.OwnerUserId == userId).ToListAsync(cancellationToken);
        db.RemoveRange(files);
        changed += files.Count;
        var forms = Redaction.StoredForms(userId, CollabJson.Options).Concat(Redaction.StoredForms(displayName, CollabJson.Options)).Distinct().ToList();
        var redaction = new Redaction([.. forms]);

        var rows = await db.Outbox.Where(o => o.Platform == platform && o.WorkspaceId == workspaceId && o.RecipientUserId == userId).ToListAsync(cancellationToken);
        var turns = new List<Turns.InboxTurn>();
        foreach (var form in forms)
        {
            rows.AddRange(await db.Outbox.Where(o => o.Platform == platform && o.WorkspaceId == workspaceId && o.PayloadJson.Contains(form)).ToListAsync(cancellationToken));
            turns.AddRange(await db.Inbox.Where(t => t.TurnJson.Contains(form)).ToListAsync(cancellationToken));
        }

        foreach (var row in rows.Distinct())
        {
            if (row.RecipientUserId == userId)
            {
                db.Outbox.Remove(row);
                changed++;
            }
            else if (redaction.Apply(row.PayloadJson, CollabJson.Options) is { } redacted)
            {
                row.PayloadJson = redacted;
                changed++;
            }
        }

        // Accepted turns carry the sender's id and name; handled ones are no longer needed, and this one is being handled.
        db.Inbox.RemoveRange(turns.Distinct());
        return changed + turns.Distinct().Count();
    }
}
