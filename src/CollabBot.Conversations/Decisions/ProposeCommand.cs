using CollabBot.Conversations.Commands;
using CollabBot.Domain.Decisions;

namespace CollabBot.Conversations.Decisions;

public sealed class ProposeCommand : IBotCommand
{
    public string Name => "propose";
    public string Usage => "propose [substantive:|logistics:] <text> [closes <date or duration>]";
    public string Summary => "Put a proposal to a consent decision: agree, agree with reservations, disagree, block or abstain.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then you can propose.");
            return;
        }

        var reading = ProposalStart.Read(arguments, context.Now, context.Zone);
        if (reading.Error is not null)
        {
            context.Refuse(reading.Error);
            return;
        }

        await ProposalStart.ProposeAsync(context, caller, reading, ProposalTerms.None, cancellationToken);
    }
}
