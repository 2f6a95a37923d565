using CollabBot.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Slack.Inbound;

/// <summary>
/// Stores a turn durably in the inbox and wakes its worker; the HTTP answer goes out only after that
/// (acknowledge fast, lose nothing). A repeat of a stored turn is acknowledged and dropped.
/// </summary>
public sealed partial class SlackTurnAcceptor(TurnInboxSignal signal, ILogger<SlackTurnAcceptor> logger)
{
    /// <summary>Stores the turn with all it carries (its origin too, so nothing about it is written apart); true when it was new.</summary>
    public async Task<bool> AcceptAsync(HttpContext http, InboundTurn turn)
    {
        var inbox = http.RequestServices.GetRequiredService<ITurnInbox>();
        var accepted = await inbox.AcceptAsync(turn, http.RequestAborted);
        if (accepted)
        {
            signal.Notify();
        }
        else
        {
            LogRepeat(turn.DedupKey);
        }

        return accepted;
    }

    [LoggerMessage(LogLevel.Information, "Slack delivery {DedupKey} was accepted before; acknowledged without effect")]
    private partial void LogRepeat(string dedupKey);
}
