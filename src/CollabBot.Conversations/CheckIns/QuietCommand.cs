using System.Globalization;
using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.CheckIns;

public sealed class QuietCommand : IBotCommand
{
    public string Name => "quiet";
    public string Usage => "quiet <HH:MM>-<HH:MM>";
    public string Summary => "Your quiet hours, in your time zone: no reminders or nudges then (default 20:00-08:00).";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        if (context.CallerOrRefuse() is not { } member)
        {
            return Task.CompletedTask;
        }

        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"Your quiet hours: {member.QuietFrom:HH\\:mm}-{member.QuietTo:HH\\:mm} ({DateText.ZoneName(member.TimeZoneId ?? context.RequiredCollaboration.TimeZoneId)}).");
            return Task.CompletedTask;
        }

        var parts = arguments.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryTime(parts[0], out var from) || !TryTime(parts[1], out var to) || from == to)
        {
            context.Refuse("Write quiet hours as two 24-hour times, e.g. `quiet 21:00-07:30`.");
            return Task.CompletedTask;
        }

        member.SetQuietHours(from, to);
        context.ReplyToCaller($"Quiet hours set: {from:HH\\:mm}-{to:HH\\:mm}. Reminders and nudges wait until they end.");
        return Task.CompletedTask;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
