using CollabBot.Domain;

namespace CollabBot.Conversations.Turns;

/// <summary>Where a turn happened or a message goes: platform, workspace (Slack team / Teams tenant) and conversation.</summary>
public sealed record ConversationAddress(Platform Platform, string WorkspaceId, string ConversationId, string? ThreadId = null);
