using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Workspaces;

namespace CollabBot.Conversations.Decisions;

/// <summary>Closes a decision, by `close` or by its time: the card is updated in place and the outcome posted.</summary>
public static class DecisionClosing
{
    public static async Task<IReadOnlyList<OutboxEntry>> CloseAsync(
        Workspace workspace, Collaboration collaboration, Decision decision, IOutboxLookup lookup, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A citizen's or end user's disagreement on an agreed decision is kept like a reservation (issue 27, item 2).
        var citizens = collaboration.Members.Where(m => m.Sector == Sector.Citizen).Select(m => m.Id).ToHashSet();
        decision.Close(collaboration.Members.Select(m => m.Id).ToHashSet(), now, citizens);
        var first = await lookup.FindIdAsync(DecisionMessages.CardKey(decision), cancellationToken);
        return
        [
            DecisionMessages.Tally(workspace, collaboration, decision, first),
            DecisionMessages.Outcome(workspace, collaboration, decision),
        ];
    }
}
