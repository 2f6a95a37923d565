using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Obstacles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Obstacles;

/// <summary>
/// <c>done action 2</c>, <c>done obstacle 1</c>, <c>done risk 1</c> close one. Each kind is numbered from 1, so a bare
/// <c>done 2</c> is taken when only one open thing has that number, and otherwise asks which.
/// </summary>
public sealed class DoneCommand : IBotCommand
{
    public string Name => "done";
    public string Usage => "done action|obstacle|risk <number>";
    public string Summary => "Close an action, an obstacle or a risk.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (kind, rest) = DoneKinds.Read(arguments);
        var (number, _) = ShortNumber.Read(rest);
        if (number is null)
        {
            context.Refuse("Which one? Write `done action 2`, `done obstacle 1` or `done risk 1`, with the number from `actions`, `obstacles` or `risks`.");
            return;
        }

        if (context.Caller is null)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        var concerns = kind is DoneKind.Action ? [] : (await context.Services.GetRequiredService<IConcernStore>().ListAsync(collaboration.Id, cancellationToken))
            .Where(c => c.Number == number && (kind is null || DoneKinds.Of(c.Kind) == kind)).ToList();
        var action = kind is null or DoneKind.Action ? await context.Services.GetRequiredService<IActionStore>().FindAsync(collaboration.Id, number.Value, cancellationToken) : null;
        var candidates = concerns.Select(c => (Name: $"{c.Kind} {c.Number}", Open: c.IsOpen, Concern: (Concern?)c, Action: (ActionItem?)null))
            .Concat(action is null ? [] : [(Name: $"Action {action.Number}", Open: action.IsOpen, Concern: (Concern?)null, Action: (ActionItem?)action)])
            .ToList();
        if (candidates.Count == 0)
        {
            context.Refuse(kind is null
                ? $"There is no action, obstacle or risk {number}. `actions`, `obstacles` and `risks` list them."
                : $"There is no {kind.Value.Word()} {number}. `{kind.Value.Word()}s` lists them.");
            return;
        }

        var open = candidates.Where(c => c.Open).ToList();
        if (candidates.Count > 1 && open.Count != 1)
        {
            var names = candidates.Select(c => $"`done {c.Name.ToLowerInvariant()}`").ToList();
            context.Refuse($"Several things are number {number}. Write {string.Join(", ", names[..^1])} or {names[^1]}.");
            return;
        }

        var chosen = candidates.Count == 1 ? candidates[0] : open[0];
        if (chosen.Concern is { } concern)
        {
            concern.MarkDone(context.Now);
            context.ReplyToChannel($"{concern.Kind} {concern.Number} is done: {concern.Text}. Thanks, {context.Caller.DisplayName}!");
            return;
        }

        chosen.Action!.MarkDone(context.Now);
        context.ReplyToChannel($"Action {chosen.Action.Number} is done: {chosen.Action.Text}. Thanks, {context.Caller.DisplayName}!");
    }
}
