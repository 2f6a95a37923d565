namespace CollabBot.Conversations.Storage;

/// <summary>What a sweep is about to ask the outbox: these keys, and these people's unsolicited messages in [From, To).</summary>
public sealed record OutboxLookahead(
    IReadOnlyCollection<string> Keys, string WorkspaceId, IReadOnlyCollection<string> RecipientUserIds, DateTimeOffset From, DateTimeOffset To);
