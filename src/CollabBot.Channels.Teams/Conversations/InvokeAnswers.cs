using CollabBot.Channels.Teams.Activities;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>
/// Which reply of an Action.Execute turn went back as the invoke's HTTP response. The engine commits every reply
/// to the outbox, so the dispatcher may see that one before the invoke handler marks it sent; the sender asks
/// here and skips it, and holds the turn's other direct replies until the answer is recorded.
/// </summary>
public sealed class InvokeAnswers(IChannelStateStore state)
{
    public Task RecordAsync(string dedupKey, string? answeredIdempotencyKey, CancellationToken cancellationToken) =>
        state.SetAsync(Platform.Teams, Key(dedupKey), answeredIdempotencyKey ?? "", cancellationToken);

    /// <summary>Null when the entry is not a direct reply of an invoke turn; otherwise whether it was answered already, or unknown yet.</summary>
    public async Task<InvokeAnswer?> FindAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Visibility == Visibility.Channel
            || TurnReplyKey.DedupKeyOf(entry.IdempotencyKey, Platform.Teams) is not { } dedupKey
            || !dedupKey.StartsWith(TeamsTurns.InvokePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var answered = await state.GetAsync(Platform.Teams, Key(dedupKey), cancellationToken);
        return answered is null ? InvokeAnswer.Pending : answered == entry.IdempotencyKey ? InvokeAnswer.ThisOne : InvokeAnswer.Another;
    }

    private static string Key(string dedupKey) => $"invoke-answer:{dedupKey}";
}
