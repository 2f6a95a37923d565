using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed class CelebrateCommand : IBotCommand
{
    public string Name => "celebrate";
    public string Usage => "celebrate yes|no";
    public string Summary => "Whether your small wins are celebrated in the team channel.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var yes = arguments.Equals("yes", StringComparison.OrdinalIgnoreCase);
        if (!yes && !arguments.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            context.Refuse("Answer `celebrate yes` or `celebrate no`.");
            return;
        }

        var first = member.CelebrateWins is null;
        member.SetCelebrateWins(yes);
        context.ReplyToCaller(yes ? "I'll celebrate your small wins in the channel, together with the team's in the next round-up." : "Your small wins stay between you and the facilitators' digests.");
        if (yes && first && (await context.Services.GetRequiredService<ICheckInStore>().WinsAsync(member.Id, 1, cancellationToken)).FirstOrDefault() is { } latest)
        {
            latest.MarkToCelebrate();
        }
    }
}
