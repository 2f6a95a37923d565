using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Inbound;
using CollabBot.Channels.Slack.Installations;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Slack.WebApi;
using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Interactivity;

/// <summary>
/// The second step of a modal submission: the bot's first answer to the submitter replaces the "Sending your
/// answer…" view in place with views.update, so the person sees it where they are. The answer is delivered as
/// usual too, since the person may have closed the modal (Slack then answers <c>not_found</c>, which is fine).
/// </summary>
public sealed partial class ModalFollowUp(SlackApiClient api, SlackInstallationStore installations, IChannelStateStore state, ILogger<ModalFollowUp> logger)
{
    public const string UpdateMethod = "views.update";

    public static string Key(string teamId, string dedupKey) => $"modal:{teamId}:{dedupKey}";

    public async Task TryUpdateAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        var entry = message.Entry;
        if (entry.Visibility == Visibility.Channel
            || TurnReplyKey.DedupKeyOf(entry.IdempotencyKey, Platform.Slack) is not { } dedup
            || !dedup.StartsWith(SlackInteractionTurns.SubmissionPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var team = entry.To.WorkspaceId;
        var key = Key(team, dedup);
        if (await state.GetAsync(Platform.Slack, key, cancellationToken) is not { } pending
            || await installations.FindAsync(team, null, cancellationToken) is not { } installation)
        {
            return;
        }

        var (viewId, title) = (pending[..pending.IndexOf('\n')], pending[(pending.IndexOf('\n') + 1)..]);
        try
        {
            var arguments = new JsonObject { ["view_id"] = viewId, ["view"] = ModalView.Answered(title, entry.Message.Text) };
            await api.CallAsync(UpdateMethod, arguments, installation.BotToken, RateKey.Method(team, UpdateMethod), cancellationToken);
        }
        catch (Exception ex) when (SlackApiClient.IsCallFailure(ex, cancellationToken))
        {
            LogFailed(team, ex.Message);
        }

        await state.DeleteByPrefixAsync(Platform.Slack, key, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Showing an answer in a Slack modal in {TeamId} failed (it may have been closed): {Reason}")]
    private partial void LogFailed(string teamId, string reason);
}
