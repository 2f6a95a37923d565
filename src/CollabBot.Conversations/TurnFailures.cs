using System.Data.Common;
using System.Net.Sockets;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

namespace CollabBot.Conversations;

/// <summary>What the bot says and records when a turn cannot be handled, and which failures are only the database being away.</summary>
public static class TurnFailures
{
    /// <summary>A failed turn is tried this many times in all before it is parked.</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// The database (or the network to it) being away: such a failure is not the turn's fault and is not counted; the
    /// turn waits for its lease as before. A transient exception anywhere in the chain counts (EF wraps the provider's).
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException or SocketException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason operators see: the exception's type and the start of its message, never the turn's text.</summary>
    public static string Reason(Exception exception)
    {
        var root = exception;
        while (root.InnerException is not null && root is not DbException)
        {
            root = root.InnerException;
        }

        var reason = $"{exception.GetType().Name}{(root == exception ? "" : " / " + root.GetType().Name)}: {root.Message}";
        return reason.Length <= 500 ? reason : reason[..499] + "…";
    }

    /// <summary>The answer to the person whose turn could not be handled, or null when not even that can be stored.</summary>
    public static OutboxEntry? Notice(InboundTurn turn, TurnRecord record)
    {
        if (!PlatformIds.Fit(turn.Where.WorkspaceId, turn.Where.ConversationId, turn.Who.UserId) || turn.Who.UserId.Length == 0)
        {
            return null;
        }

        var what = turn.Kind == TurnKind.CardAction ? "that button" : $"`{Excerpt.Of(turn.Text)}`";
        var notice = new OutboxEntry
        {
            To = turn.Where,
            Visibility = Visibility.OnlyUser,
            RecipientUserId = turn.Who.UserId,
            Message = new OutboundMessage($"Sorry, I could not handle {what}: something went wrong on my side, and the operators can see it. Nothing was changed; please try again later or type `help`."),
            IdempotencyKey = TurnReplyKey.Of(turn.Where.Platform, record, 0),
            CorrelationId = turn.CorrelationId,
        };
        return TurnOrigin.CarriedOnto(turn, [notice])[0];
    }
}
