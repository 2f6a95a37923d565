using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Participation;

public sealed class NudgesCommand : IBotCommand
{
    public string Name => "nudges";
    public string Usage => "nudges on|off";
    public string Summary => "Whether I may send you a gentle private nudge when you have been quiet for a while.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        var off = arguments.Equals("off", StringComparison.OrdinalIgnoreCase);
        if (!off && !arguments.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            context.Refuse("Write `nudges off` or `nudges on`.");
            return Task.CompletedTask;
        }

        member.SetNudgesOff(off);
        context.ReplyToCaller(off ? "No more nudges from me. Facilitators may still check in with you themselves." : "Nudges are on again.");
        return Task.CompletedTask;
    }
}
