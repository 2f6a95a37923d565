using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.CheckIns;

public sealed class BackCommand : IBotCommand
{
    public string Name => "back";
    public string Usage => "back";
    public string Summary => "You are back: check-ins resume with the next one.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        member.SetAwayUntil(null, context.Today);
        context.ReplyToCaller("Welcome back! You will get the next check-in.");
        return Task.CompletedTask;
    }
}
