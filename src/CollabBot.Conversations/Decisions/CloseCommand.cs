using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Storage;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Decisions;

public sealed class CloseCommand : IBotCommand
{
    public string Name => "close";
    public string Usage => "close <id>";
    public string Summary => "The proposer or a convener closes a proposal now; the outcome is posted.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (number, _) = ShortNumber.Read(arguments);
        if (number is null)
        {
            context.Refuse("Which proposal? Write `close <id>`, e.g. `close 3`.");
            return;
        }

        var decision = await context.Services.GetRequiredService<IDecisionStore>().FindAsync(collaboration.Id, number.Value, cancellationToken);
        if (decision is null)
        {
            context.Refuse($"There is no proposal {number}.");
            return;
        }

        if (context.Caller is not { } caller || (caller.Id != decision.ProposedBy && !caller.Holds(Role.Convener)))
        {
            context.Refuse($"Only the proposer or a convener can close proposal {number}; otherwise it closes by itself on time.");
            return;
        }

        var lookup = context.Services.GetRequiredService<IOutboxLookup>();
        foreach (var entry in await DecisionClosing.CloseAsync(context.Workspace, collaboration, decision, lookup, context.Now, cancellationToken))
        {
            context.Send(entry);
        }
    }
}
