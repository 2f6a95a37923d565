using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Slack.Delivery;

/// <summary>
/// The bot's direct-message channel with a person: opened with conversations.open once (a Tier 3 method, about 50
/// calls a minute per workspace) and remembered in the channel state, on every host, so that next week's check-in
/// prompts go straight to chat.postMessage. Uninstalling the app forgets them with the rest of the workspace.
/// </summary>
public sealed class SlackDirectChannels(SlackApiClient api, IChannelStateStore state)
{
    public async Task<string> OpenAsync(string team, string user, string token, CancellationToken cancellationToken)
    {
        var key = SlackStateKeys.DirectChannel(team, user);
        if (await state.GetAsync(Platform.Slack, key, cancellationToken) is { Length: > 0 } known)
        {
            return known;
        }

        var opened = await api.CallAsync("conversations.open", new JsonObject { ["users"] = user }, token, RateKey.Method(team, "conversations.open"), cancellationToken);
        var channel = opened.GetProperty("channel").GetProperty("id").GetString() is { Length: > 0 } id
            ? id
            : throw new SlackApiException("conversations.open", "no_channel");
        await state.SetAsync(Platform.Slack, key, channel, cancellationToken);
        return channel;
    }

    /// <summary>Forgets a remembered channel Slack no longer knows, so the next attempt opens it anew.</summary>
    public Task ForgetAsync(string team, string user, CancellationToken cancellationToken) =>
        state.DeleteByPrefixAsync(Platform.Slack, SlackStateKeys.DirectChannel(team, user), cancellationToken);
}
