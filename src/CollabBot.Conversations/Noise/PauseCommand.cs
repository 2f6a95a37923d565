using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Noise;

/// <summary>
/// `pause team until 2027-01-04`: the team declares a break. Until that day (inclusive) there are no check-in prompts or
/// reminders, nudges, alerts, summaries or catalyst interventions, and the break's days do not count against anyone's
/// participation afterwards.
/// </summary>
public sealed class PauseCommand : IBotCommand
{
    public string Name => "pause";
    public string Usage => "pause team until <YYYY-MM-DD> | pause team off";
    public string Summary => "Conveners: the team takes a break; no prompts, nudges or interventions until then.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (what, rest) = CommandText.Split(arguments);
        if (what != "team")
        {
            context.Refuse("Write `pause team until 2027-01-04` (or `checkin pause until <date>` to pause only the check-ins).");
            return Task.CompletedTask;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can pause the team.");
            return Task.CompletedTask;
        }

        if (rest.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            collaboration.PauseUntil(null, context.Today);
            context.ReplyToChannel($"{collaboration.Name} is back from its break.");
            return Task.CompletedTask;
        }

        var text = rest.StartsWith("until ", StringComparison.OrdinalIgnoreCase) ? rest[6..] : rest;
        if (!DateText.TryParse(text, out var until) || until < context.Today || until > context.Today.AddYears(1))
        {
            context.Refuse("Tell me the last day of the break, within a year, e.g. `pause team until 2027-01-04`.");
            return Task.CompletedTask;
        }

        collaboration.PauseUntil(until, context.Today);
        context.ReplyToChannel($"{collaboration.Name} takes a break until {until:yyyy-MM-dd} (inclusive): no check-ins, nudges or prompts from me until then. `pause team off` ends it early.");
        return Task.CompletedTask;
    }
}
