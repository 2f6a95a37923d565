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
    public Task<bool> AcceptAsync(HttpContext http, InboundTurn turn) => AcceptAsync(http, turn, []);

    /// <summary>Also stores adapter state the turn's handling relies on, in the same transaction as the turn.</summary>
    public async Task<bool> AcceptAsync(HttpContext http, InboundTurn turn, IReadOnlyList<ChannelStateWrite> alongside)
    {
        var inbox = http.RequestServices.GetRequiredService<ITurnInbox>();
        var accepted = await inbox.AcceptAsync(turn, alongside, http.RequestAborted);
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
