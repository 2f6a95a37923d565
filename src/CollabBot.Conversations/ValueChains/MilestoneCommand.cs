using CollabBot.Conversations.CheckIns;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.ValueChains;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.ValueChains;

/// <summary>A step toward the big win (issue 27, item 4); without text, the steps and the wins tied to each.</summary>
public sealed class MilestoneCommand : IBotCommand
{
    public string Name => "milestone";
    public string Usage => "milestone <text>";
    public string Summary => "A step toward the big win; tie small wins to it with `win <text> for milestone <n>`. Alone: progress toward the big win.";
    public bool Contributes => true;

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var store = context.Services.GetRequiredService<ICheckInStore>();
        if (arguments.Length == 0)
        {
            var progress = await store.BigWinProgressAsync(collaboration.Id, cancellationToken);
            context.ReplyToCaller($"Toward the big win ({collaboration.BigWin ?? "not set yet: `goal <text>`"}): {progress.Describe()}.");
            return;
        }

        if (context.CallerOrRefuse() is not { } member)
        {
            return;
        }

        var milestone = Milestone.Under(collaboration, await store.MilestonesAsync(collaboration.Id, cancellationToken), arguments, context.Now);
        store.AddMilestone(milestone);
        context.ReplyToChannel($"{member.DisplayName} set milestone {milestone.Number} toward the big win: {milestone.Text}. Tie a small win to it with `win <text> for milestone {milestone.Number}`.");
    }
}
