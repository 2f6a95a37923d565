using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Slack.Installations;

/// <summary>
/// Channels Slack said the bot cannot post to (channel_not_found, not_in_channel, is_archived...).
/// Messages to them are parked without another call until the bot joins the channel again.
/// </summary>
public sealed class UnreachableTargets(IChannelStateStore state)
{
    public Task<string?> ReasonAsync(string teamId, string channelId, CancellationToken cancellationToken) =>
        state.GetAsync(Platform.Slack, SlackStateKeys.Unreachable(teamId, channelId), cancellationToken);

    public Task MarkAsync(string teamId, string channelId, string reason, CancellationToken cancellationToken) =>
        state.SetAsync(Platform.Slack, SlackStateKeys.Unreachable(teamId, channelId), reason, cancellationToken);

    public Task ClearAsync(string teamId, string channelId, CancellationToken cancellationToken) =>
        state.DeleteByPrefixAsync(Platform.Slack, SlackStateKeys.Unreachable(teamId, channelId), cancellationToken);
}
