using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.CheckIns;

public sealed class CheckInCommand(CheckInScheduling scheduling) : IBotCommand
{
    public string Name => "checkin";
    public string Usage => "checkin [every … | cron \"…\" | skip <date> | pause until <date> | resume | remind <hours>h | off | me on|off]";
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

        if (verb == "me")
        {
            ChooseForMe(context, rest);
            return;
        }

        await scheduling.ChangeAsync(context, verb, rest, arguments, cancellationToken);
    }

    /// <summary>`checkin me on|off`: sponsors and coordinators opt in (they are not asked otherwise); anyone may opt out.</summary>
    private static void ChooseForMe(CommandContext context, string choice)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var on = choice.Equals("on", StringComparison.OrdinalIgnoreCase);
        if (!on && !choice.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            context.ReplyToCaller(member.WantsCheckIns
                ? "You get the check-ins. `checkin me off` stops them for you."
                : "You do not get the check-ins" + (member.SupportsFromOutside ? " (sponsors and coordinators support from outside the team)" : "") + ". `checkin me on` asks you too.");
            return;
        }

        member.SetCheckInsWanted(on);
        context.ReplyToCaller(on ? "You will get the next check-in." : "No more check-ins for you; you are not counted as missing them. `checkin me on` brings them back.");
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

        // In the reader's own zone when they set one, else the schedule's; always with the zone's name.
        var readerZone = context.Caller?.TimeZoneId ?? schedule.TimeZoneId;
        var next = CheckInCalendar.Next(schedule, context.Now, 3).Select(o => DateText.ShowIn(o, readerZone)).ToList();
        var facts = new List<CardFact>
        {
            new("Pattern", CheckInScheduling.Describe(schedule)),
            new("Time zone", DateText.ZoneName(schedule.TimeZoneId)),
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
