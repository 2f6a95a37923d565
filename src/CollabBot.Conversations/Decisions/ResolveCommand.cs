using CollabBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

public sealed class ResolveCommand : IBotCommand
{
    public string Name => "resolve";
    public string Usage => "resolve <id>";
    public string Summary => "Settle your own reservation on a proposal.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (number, _) = ShortNumber.Read(arguments);
        if (number is null || context.Caller is not { } caller)
        {
            context.Refuse("Write `resolve <id>` for a proposal on which you hold a reservation; `reservations` lists them.");
            return;
        }

        var decision = await context.Services.GetRequiredService<IDecisionStore>().FindAsync(collaboration.Id, number.Value, cancellationToken);
        if (decision is null)
        {
            context.Refuse($"There is no proposal {number}.");
            return;
        }

        decision.ResolveReservation(caller.Id, context.Now);
        context.ReplyToCaller($"{caller.DisplayName} resolved their reservation on proposal {decision.Number}: {decision.Text}");
    }
}
