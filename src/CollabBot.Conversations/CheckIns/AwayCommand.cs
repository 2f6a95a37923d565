using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.CheckIns;

public sealed class AwayCommand : IBotCommand
{
    public string Name => "away";
    public string Usage => "away until <YYYY-MM-DD>";
    public string Summary => "No prompts, reminders or nudges until that day (inclusive); you don't count as missing.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        var text = arguments.StartsWith("until ", StringComparison.OrdinalIgnoreCase) ? arguments[6..] : arguments;
        var (date, problem) = DateText.ReadFuture(text, context.Today);
        if (problem is not null)
        {
            context.Refuse(problem);
            return Task.CompletedTask;
        }

        if (date is not { } until || until > context.Today.AddYears(1))
        {
            context.Refuse("Tell me the last day you are away, within a year, e.g. `away until 2026-12-31`. Type `back` when you return early.");
            return Task.CompletedTask;
        }

        member.SetAwayUntil(until, context.Today);
        context.ReplyToCaller($"Enjoy your time away. No check-ins or nudges until after {until:yyyy-MM-dd}.");
        return Task.CompletedTask;
    }
}
