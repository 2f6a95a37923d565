using CollabBot.Domain;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Storage;

/// <summary>
/// The collaborations one person takes part in, for surfaces outside a conversation (Slack's App Home).
/// Optional: an adapter shows less when no implementation is registered.
/// </summary>
public interface IMemberCollaborations
{
    Task<IReadOnlyList<MemberCollaboration>> ForMemberAsync(Platform platform, string workspaceExternalId, string userId, CancellationToken cancellationToken);
}

/// <summary>One collaboration as its member's overview shows it.</summary>
public sealed record MemberCollaboration(Guid CollaborationId, string Name, string ChannelId, Phase Phase, DateTimeOffset PhaseStartedAt, DateTimeOffset? NextCheckIn);
