using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

/// <summary><c>done &lt;id&gt;</c> closes an obstacle, a risk or an action: they share one numbering, so the id names one thing.</summary>
public sealed class DoneCommand : IBotCommand
{
    public string Name => "done";
    public string Usage => "done <id>";
    public string Summary => "Close an action, an obstacle or a risk.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (number, _) = ShortNumber.Read(arguments);
        if (number is null)
        {
            context.Refuse("Which one? Write `done <id>` with the number from `actions`, `obstacles` or `risks`.");
            return;
        }

        var concerns = await context.Services.GetRequiredService<IConcernStore>().ListAsync(collaboration.Id, cancellationToken);
        var concern = concerns.FirstOrDefault(c => c.Number == number);
        var action = concern is null ? await context.Services.GetRequiredService<IActionStore>().FindAsync(collaboration.Id, number.Value, cancellationToken) : null;
        if (concern is null && action is null)
        {
            context.Refuse($"There is no action, obstacle or risk {number}. `actions`, `obstacles` and `risks` list them.");
            return;
        }

        if (context.Caller is null)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        if (concern is not null)
        {
            concern.MarkDone(context.Now);
            context.ReplyToChannel($"{concern.Kind} {concern.Number} is done: {concern.Text}. Thanks, {context.Caller.DisplayName}!");
            return;
        }

        action!.MarkDone(context.Now);
        context.ReplyToChannel($"Action {action.Number} is done: {action.Text}. Thanks, {context.Caller.DisplayName}!");
    }
}
