using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class WinCommand : IBotCommand
{
    public string Name => "win";
    public string Usage => "win <text>";
    public string Summary => "Report a small win at any time; celebrated in the channel if you agree.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        var win = new SmallWin(collaboration.Id, member.Id, arguments, context.Now, null);
        context.Services.GetRequiredService<ICheckInStore>().AddWin(win);
        context.Signal(member, ParticipationKind.SmallWin);
        context.ReplyToCaller("Small win noted. Every step on your own route counts.");
        Celebrations.AfterWin(context, member, win);
        return Task.CompletedTask;
    }
}
