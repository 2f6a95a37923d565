using CollabBot.Domain;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// Erases a person's traces outside the convening tools' own records, within the turn's unit of work, by their identity
/// (platform, workspace or tenant, user id), never by matching their name in text: their check-in answers,
/// commitments, small wins, offers, raw participation signals, process-map entries, files and private digest go;
/// messages addressed to them and their own handled turns are redacted in place (the rows stay, so a repeated
/// delivery is still recognised). Other people's rows and turns not handled yet are never touched.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Returns how many stored rows were removed or redacted.</summary>
    Task<int> EraseAsync(PersonToErase person, CancellationToken cancellationToken);
}

/// <summary>Who to erase; <paramref name="CurrentInboxId"/> is the inbox row of the turn asking for it, redacted with the rest.</summary>
public sealed record PersonToErase(Platform Platform, string WorkspaceId, Guid CollaborationId, Guid MemberId, string UserId, long? CurrentInboxId);
