using CollabBot.Domain;

namespace CollabBot.Conversations.Messages;

/// <summary>Files the bot sends, kept apart from the outbox; written in the turn's unit of work.</summary>
public interface IFileStore
{
    /// <summary>Adds the file to the turn's unit of work and returns its id.</summary>
    Guid Add(NewFile file);
}

/// <summary>A file for one person (<paramref name="OwnerUserId"/>): erased with them by <c>forget me</c>.</summary>
public sealed record NewFile(Platform Platform, string WorkspaceId, string OwnerUserId, string Name, string ContentType, byte[] Content);
