using CollabBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

public sealed class DoneCommand : IBotCommand
{
    public string Name => "done";
    public string Usage => "done <id>";
    public string Summary => "Close an obstacle or a risk.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (number, _) = ShortNumber.Read(arguments);
        var concerns = await context.Services.GetRequiredService<IConcernStore>().ListAsync(collaboration.Id, cancellationToken);
        if (number is null || concerns.FirstOrDefault(c => c.Number == number) is not { } concern)
        {
            context.Refuse("Which one? Write `done <id>` with the number from `obstacles` or `risks`.");
            return;
        }

        if (context.Caller is null)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        concern.MarkDone(context.Now);
        context.ReplyToCaller($"{concern.Kind} {concern.Number} is done: {concern.Text}. Thanks, {context.Caller.DisplayName}!");
    }
}
