namespace CollabBot.Conversations.Messages;

/// <summary>
/// A file sent with a message (an export). Its bytes live in their own row (<see cref="IFileStore"/>), referenced by
/// <see cref="FileId"/>, so the outbox row stays small. <see cref="DownloadUrl"/> is a signed, expiring link to the
/// bytes served by the host: Slack uploads the bytes themselves, Teams and the Playground show the link.
/// </summary>
public sealed record FileAttachment(Guid FileId, string Name, string ContentType, long Length, string? DownloadUrl);
