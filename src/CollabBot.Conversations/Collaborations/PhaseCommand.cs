using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Collaborations;

public sealed class PhaseCommand : IBotCommand
{
    public string Name => "phase";
    public string Usage => "phase [next]";
    public string Summary => "Show the current phase; conveners move on with `phase next`.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"{collaboration.Name} is in {collaboration.CurrentPhase}.", PhaseCard.For(collaboration, context.Now));
            return Task.CompletedTask;
        }

        if (!arguments.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            context.Refuse($"`phase {arguments}` is not a phase command. Use `phase` to see the phase or `phase next` to move on.");
            return Task.CompletedTask;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can move the collaboration to the next phase.");
            return Task.CompletedTask;
        }

        var from = collaboration.CurrentPhase;
        collaboration.MoveToNextPhase(caller, context.Now);
        context.ReplyToChannel(
            $"{caller.DisplayName} moved *{collaboration.Name}* from {from} to {collaboration.CurrentPhase}.",
            PhaseCard.For(collaboration, context.Now));
        return Task.CompletedTask;
    }
}
