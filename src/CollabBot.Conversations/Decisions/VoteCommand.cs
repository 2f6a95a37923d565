using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

public sealed class VoteCommand : IBotCommand
{
    public string Name => "vote";
    public string Usage => "vote <id> agree|reservations|disagree|block|abstain [reason]";
    public string Summary => "Take or change your position on an open proposal (a block needs a reason; abstaining counts as taking part).";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (number, rest) = ShortNumber.Read(arguments);
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? rest : rest[..space];
        if (number is null || !StanceNames.TryParse(word, out var stance))
        {
            context.Refuse("Write `vote <id> agree|reservations|disagree|block|abstain [reason]`, e.g. `vote 3 reservations only if tenants are asked first`.");
            return;
        }

        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then your position counts.");
            return;
        }

        var store = context.Services.GetRequiredService<IDecisionStore>();
        if (await store.FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } decision)
        {
            context.Refuse($"There is no proposal {number}. Type `reservations` or look for the proposal cards in the channel.");
            return;
        }

        var reason = space < 0 ? null : rest[(space + 1)..];
        decision.TakePosition(caller.Id, stance, reason, context.Now);
        context.Signal(caller, ParticipationKind.Vote);
        var first = await context.Services.GetRequiredService<IOutboxLookup>().FindIdAsync(DecisionMessages.CardKey(decision), cancellationToken);
        context.Send(DecisionMessages.Tally(context.Workspace, collaboration, decision, first));
        context.ReplyToCaller($"Your position on proposal {decision.Number}: {StanceNames.Display(stance)}. You can change it until it closes.");
    }
}
