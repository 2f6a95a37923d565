using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>
/// The second step of a modal submission: the bot's first answer to the submitter, which carries the modal as its
/// origin (<see cref="TurnOrigin.Modal"/>), replaces the "Sending your answer…" view in place with views.update, so the
/// person sees it where they are. The answer is delivered as usual too, since the person may have closed the modal
/// (Slack then answers <c>not_found</c>, which is fine).
/// </summary>
public sealed partial class ModalFollowUp(SlackApiClient api, SlackInstallationStore installations, ILogger<ModalFollowUp> logger)
{
    public const string UpdateMethod = "views.update";

    public async Task TryUpdateAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        var team = entry.To.WorkspaceId;
        if (entry.Origin is not TurnOrigin.Modal modal || await installations.FindAsync(team, null, cancellationToken) is not { } installation)
        {
            return;
        }

        try
        {
            var arguments = new JsonObject { ["view_id"] = modal.ViewId, ["view"] = ModalView.Answered(modal.Title, entry.Message.Text) };
            await api.CallAsync(UpdateMethod, arguments, installation.BotToken, RateKey.Method(team, UpdateMethod), cancellationToken);
        }
        catch (Exception ex) when (SlackApiClient.IsCallFailure(ex, cancellationToken))
        {
            LogFailed(team, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Information, "Showing an answer in a Slack modal in {TeamId} failed (it may have been closed): {Reason}")]
    private partial void LogFailed(string teamId, string reason);
}
