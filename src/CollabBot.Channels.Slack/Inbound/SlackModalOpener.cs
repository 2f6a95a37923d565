using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Interactivity;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// A click on a card's "Fill in" button opens its form as a modal (views.open) at once: the trigger_id
/// lives about 3 seconds, so this runs before the click is acknowledged. It changes nothing; the
/// modal's submission is the card action.
/// </summary>
public sealed partial class SlackModalOpener(SlackInstallationStore installations, SlackApiClient api, ILogger<SlackModalOpener> logger)
{
    /// <summary>True when the payload was a click on a "Fill in" button (opened or not).</summary>
    public async Task<bool> TryOpenAsync(BlockActions payload, CancellationToken cancellationToken)
    {
        var action = payload.Actions?.FirstOrDefault(a => a.ActionId == ModalForm.OpenActionId);
        if (action is null)
        {
            return false;
        }

        var team = payload.Team?.Id ?? payload.User.TeamId;
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        if (ModalForm.Decode(action.Value) is not { } form || team is null || channel is null || payload.TriggerId is null
            || await installations.FindAsync(team, payload.Enterprise?.Id, cancellationToken) is not { } installation)
        {
            return true;
        }

        try
        {
            var arguments = new JsonObject { ["trigger_id"] = payload.TriggerId, ["view"] = ModalView.Render(form, channel, payload.Container?.ThreadTs) };
            await api.CallAsync("views.open", arguments, installation.BotToken, RateKey.Method(team, "views.open"), cancellationToken);
        }
        catch (Exception ex) when (SlackApiClient.IsCallFailure(ex, cancellationToken))
        {
            LogFailed(team, ex.Message);
        }

        return true;
    }

    [LoggerMessage(LogLevel.Warning, "Opening a form as a Slack modal in {TeamId} failed: {Reason}")]
    private partial void LogFailed(string teamId, string reason);
}
