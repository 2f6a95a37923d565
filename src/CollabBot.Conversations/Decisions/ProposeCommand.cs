using CollabBot.Conversations.Commands;
using CollabBot.Domain.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

public sealed class ProposeCommand : IBotCommand
{
    public string Name => "propose";
    public string Usage => "propose <text> [closes <date or duration>]";
    public string Summary => "Put a proposal to a consent decision: agree, agree with reservations, disagree or block.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then you can propose.");
            return;
        }

        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var (text, closesAt, error) = ClosingTime.Split(arguments, context.Now, zone);
        if (error is not null)
        {
            context.Refuse(error);
            return;
        }

        var store = context.Services.GetRequiredService<IDecisionStore>();
        var number = await store.NextNumberAsync(collaboration.Id, cancellationToken);
        var decision = Decision.Propose(collaboration.Id, number, text, caller.Id, context.Now, closesAt);
        store.Add(decision);
        context.Send(DecisionMessages.Proposal(context.Workspace, collaboration, decision));
    }
}
