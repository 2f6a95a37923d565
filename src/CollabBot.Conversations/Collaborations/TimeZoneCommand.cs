using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Scheduling;
using CollabBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Collaborations;

public sealed class TimeZoneCommand : IBotCommand
{
    public string Name => "timezone";
    public string Usage => "timezone [me] <zone>";
    public string Summary => "Conveners set the team's time zone; `timezone me <zone>` sets your own (IANA or Windows id).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"{collaboration.Name} keeps time in {collaboration.TimeZoneId}.");
            return Task.CompletedTask;
        }

        if (arguments.StartsWith("me ", StringComparison.OrdinalIgnoreCase) && context.Caller is { } self)
        {
            if (!TimeZones.TryResolve(arguments[3..], out var own))
            {
                context.Refuse($"\"{Excerpt.Of(arguments[3..])}\" is not a time zone I know, e.g. `timezone me America/New_York`.");
                return Task.CompletedTask;
            }

            self.SetTimeZone(own.Id);
            context.ReplyToCaller($"Your quiet hours and check-in dates are now read in {own.Id}.");
            return Task.CompletedTask;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change the time zone.");
            return Task.CompletedTask;
        }

        if (!TimeZones.TryResolve(arguments, out var zone))
        {
            context.Refuse($"\"{Excerpt.Of(arguments)}\" is not a time zone I know. Use an IANA id such as `Europe/Copenhagen` or a Windows id such as `Romance Standard Time`.");
            return Task.CompletedTask;
        }

        collaboration.SetTimeZone(zone.Id);

        // The facilitators' summary keeps its day and time, now in the new zone.
        context.Services.GetRequiredService<IScheduleRegistry>().Upsert(Participation.SummaryRound.Work(collaboration, context.Turn.Where.Platform));
        context.ReplyToChannel($"{collaboration.Name} now keeps time in {zone.Id}.");
        return Task.CompletedTask;
    }
}
