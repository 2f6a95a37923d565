using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Actions;

/// <summary><c>actions</c> lists the open actions, overdue first; <c>actions mine</c> only the caller's. Only the caller sees it.</summary>
public sealed class ActionsCommand : IBotCommand
{
    public const int MaxShown = 20;

    public string Name => "actions";
    public string Usage => "actions [mine]";
    public string Summary => "The open actions with owners and due dates, overdue first.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var mine = arguments.Trim().Equals("mine", StringComparison.OrdinalIgnoreCase);
        if (!mine && arguments.Trim().Length > 0)
        {
            context.Refuse("Write `actions` for all open actions, or `actions mine` for yours.");
            return;
        }

        var today = ActionText.Today(collaboration, context.Now);
        var all = await context.Services.GetRequiredService<IActionStore>().ListAsync(collaboration.Id, cancellationToken);
        var open = all.Where(a => a.IsOpen && (!mine || (context.Caller is { } me && a.OwnerId == me.Id)))
            .OrderByDescending(a => a.IsOverdue(today)).ThenBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.Number).ToList();
        if (open.Count == 0)
        {
            context.ReplyToCaller(mine ? "You have no open actions." : "No open actions. Note one with `action <text> owner @member due <date>`.");
            return;
        }

        var overdue = open.Count(a => a.IsOverdue(today));
        context.ReplyToCaller($"{open.Count} open actions, {overdue} overdue.", new Card
        {
            Title = mine ? "Your open actions" : "Open actions",
            Facts = open.Take(MaxShown).Select(a => new CardFact(a.IsOverdue(today) ? "Overdue" : a.OwnerId is null ? "No owner yet" : "Open", ActionText.Line(a, collaboration, today))).ToList(),
            Actions = open.Where(a => context.Caller is { } me && a.OwnerId == me.Id).Take(5).Select(a => new CardAction
            {
                Id = $"done-{a.Number}",
                Title = $"Done: {a.Number}",
                Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"done action {a.Number}" },
            }).ToList(),
            Note = (open.Count > MaxShown ? $"{MaxShown} of {open.Count} shown. " : "") + $"{all.Count(a => !a.IsOpen)} done so far. `done action <number>` closes one.",
        });
    }
}
