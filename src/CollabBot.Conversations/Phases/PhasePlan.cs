using System.Globalization;
using System.Text.RegularExpressions;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Phases;

/// <summary>`phase plan`: the planned length of each phase; conveners set one with `phase plan ideate 6 weeks` (issue 27, item 5).</summary>
public static partial class PhasePlan
{
    public const string Example = "`phase plan ideate 6 weeks` or `phase plan test 20 days`";

    public static void Run(CommandContext context, string arguments)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            context.ReplyToCaller($"Planned lengths in {collaboration.Name}: {Lengths(collaboration)}. Conveners change one with {Example}.");
            return;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change how long a phase is planned to last.");
            return;
        }

        var match = PlanText().Match(arguments);
        if (!match.Success || !Enum.TryParse<Phase>(match.Groups["phase"].Value, ignoreCase: true, out var phase)
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 3650)
        {
            context.Refuse($"Write the phase and a number of weeks or days, e.g. {Example}.");
            return;
        }

        collaboration.SetPlannedLength(phase, match.Groups["unit"].Value.StartsWith('w') ? n * 7 : n);
        context.ReplyToCaller($"{phase} is now planned for {Length(collaboration, phase)}." + (phase == collaboration.CurrentPhase
            ? $" {collaboration.Name} is on day {(int)Math.Floor(collaboration.TimeInPhase(context.Now).TotalDays) + 1} of it." : ""));
    }

    private static string Lengths(Collaboration collaboration) =>
        string.Join(", ", Enum.GetValues<Phase>().Select(p => $"{p} {Length(collaboration, p)}"));

    private static string Length(Collaboration collaboration, Phase phase)
    {
        var days = (int)collaboration.PlannedLength(phase).TotalDays;
        return days % 7 == 0 ? Words.Count(days / 7, "week") : Words.Count(days, "day");
    }

    [GeneratedRegex(@"^(?<phase>[a-z]+)\s+(?<n>\d{1,4})\s*(?<unit>w|wk|wks|week|weeks|d|day|days)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanText();
}
