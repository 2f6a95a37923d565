using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Conversations.Decisions;

/// <summary>Closes a decision, by `close` or by its time: the card is updated in place and the outcome posted.</summary>
public static class DecisionClosing
{
    public static async Task<IReadOnlyList<OutboxEntry>> CloseAsync(
        Workspace workspace, Collaboration collaboration, Decision decision, IOutboxLookup lookup, DateTimeOffset now, CancellationToken cancellationToken)
    {
        decision.Close(collaboration.Members.Select(m => m.Id).ToHashSet(), now);
        var first = await lookup.FindIdAsync(DecisionMessages.CardKey(decision), cancellationToken);
        return
        [
            DecisionMessages.Tally(workspace, collaboration, decision, first),
            DecisionMessages.Outcome(workspace, collaboration, decision),
        ];
    }
}
