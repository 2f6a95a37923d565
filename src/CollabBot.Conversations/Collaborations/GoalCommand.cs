using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Collaborations;

public sealed class GoalCommand : IBotCommand
{
    public string Name => "goal";
    public string Usage => "goal <text>";
    public string Summary => "Set the big win: the long-term target.";
    public bool Contributes => true;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller(collaboration.BigWin is null
                ? "No big win yet. Set it with `goal <text>`, e.g. `goal Every home warm by 2030`."
                : $"The big win: {collaboration.BigWin}");
            return Task.CompletedTask;
        }

        if (context.Caller is null)
        {
            context.Refuse("Join first (`join as <sector>`), then you can set the goal.");
            return Task.CompletedTask;
        }

        collaboration.SetBigWin(arguments);
        context.ReplyToChannel($"{context.Caller.DisplayName} set the big win: {collaboration.BigWin}");
        return Task.CompletedTask;
    }
}
