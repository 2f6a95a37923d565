using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

public sealed class CheckInCommand(CheckInScheduling scheduling) : IBotCommand
{
    public string Name => "checkin";
    public string Usage => "checkin [every … | cron \"…\" | skip <date> | pause until <date> | resume | remind <hours>h | off]";
    public string Summary => "Show the check-in schedule; conveners set it, e.g. `checkin every monday 09:00`.";

    // Without a collaboration it refuses in its own words (below). Answers are not this command: they come back as the
    // check-in card's fields (CheckInForm).
    public bool NeedsCollaboration => false;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var (verb, rest) = CommandText.Split(arguments);
        if (context.Collaboration is null)
        {
            context.Refuse("No collaboration lives in this conversation yet. Start one with `start <name>`.");
            return;
        }

        if (verb.Length == 0)
        {
            await ShowAsync(context, cancellationToken);
            return;
        }

        await scheduling.ChangeAsync(context, verb, rest, arguments, cancellationToken);
    }

    private static async Task ShowAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var schedule = await context.Services.GetRequiredService<ICheckInStore>().FindScheduleAsync(collaboration.Id, cancellationToken);
        if (schedule is null)
        {
            context.ReplyToCaller($"{collaboration.Name} has no check-ins scheduled. Conveners set them with {ScheduleText.Examples}.");
            return;
        }

        var next = CheckInCalendar.Next(schedule, context.Now, 3).Select(o => DateText.Show(CheckInCalendar.Local(o, schedule.TimeZoneId))).ToList();
        var facts = new List<CardFact>
        {
            new("Pattern", CheckInScheduling.Describe(schedule)),
            new("Time zone", schedule.TimeZoneId),
            new("Reminder", $"{schedule.ReminderDelay.TotalHours:0} h after, to those who have not answered"),
            new("Next", next.Count == 0 ? "none in the coming months" : string.Join("; ", next)),
        };
        if (schedule.PausedUntil is { } paused)
        {
            facts.Add(new CardFact("Paused until", paused.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (schedule.SkipDates.Count > 0)
        {
            facts.Add(new CardFact("Skipped", string.Join(", ", schedule.SkipDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))));
        }

        context.ReplyToCaller($"Check-ins for {collaboration.Name}: next {next.FirstOrDefault() ?? "none"}.", new Card { Title = "Check-in schedule", Facts = facts });
    }
}
