using System.Globalization;
using System.Text.RegularExpressions;
using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Participation;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

public sealed partial class WinCommand : IBotCommand
{
    public string Name => "win";
    public string Usage => "win <text> [for milestone <n>]";
    public string Summary => "Report a small win at any time, optionally toward a milestone of the big win; celebrated in the channel if you agree.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var store = context.Services.GetRequiredService<ICheckInStore>();
        var (text, number) = Split(arguments);
        Milestone? milestone = null;
        if (number is { } n)
        {
            var milestones = await store.MilestonesAsync(collaboration.Id, cancellationToken);
            milestone = milestones.FirstOrDefault(m => m.Number == n);
            if (milestone is null)
            {
                context.Refuse(milestones.Count == 0
                    ? "The team has no milestones yet; set one with `milestone <text>`, or report the win without `for milestone`."
                    : $"There is no milestone {n}; the milestones are {string.Join(", ", milestones.Select(m => $"{m.Number}. {m.Text}"))}.");
                return;
            }
        }

        var win = new SmallWin(collaboration.Id, member.Id, text, context.Now, null);
        win.TieTo(milestone);
        store.AddWin(win);
        context.Signal(member, ParticipationKind.SmallWin);
        context.ReplyToCaller(milestone is null
            ? "Small win noted. Every step on your own route counts."
            : $"Small win noted toward milestone {milestone.Number} ({milestone.Text}). Every step on your own route counts.");
        Celebrations.AfterWin(context, member, win);
    }

    /// <summary>"the survey is out for milestone 2" → ("the survey is out", 2).</summary>
    public static (string Text, int? Milestone) Split(string arguments)
    {
        var match = ForMilestone().Match(arguments);
        return match.Success
            ? (arguments[..match.Index].Trim(), int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            : (arguments, null);
    }

    [GeneratedRegex(@"\s+for\s+milestone\s+#?(\d{1,3})\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForMilestone();
}
