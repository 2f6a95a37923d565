using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Participation;
using CollabBot.Domain.Members;
using CollabBot.Domain.Noise;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Noise;

/// <summary>`budget`: how many posts the bot may make in the channel on its own in a week; conveners change it.</summary>
public sealed class BudgetCommand : IBotCommand
{
    public string Name => "budget";
    public string Usage => "budget [<posts a week>]";
    public string Summary => "How many posts I may make in this channel on my own each week (default 10); conveners change it.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (arguments.Length == 0)
        {
            var used = await ChannelPostsThisWeekAsync(context, cancellationToken);
            context.ReplyToCaller($"I post in this channel on my own at most {collaboration.ChannelPostBudget} times in any seven days (round-ups of wins, what a phase lacks, catalyst prompts); "
                + $"{used} so far. Answers to commands do not count. Conveners change it with `budget 6`.");
            return;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can change how often I post on my own; `budget` shows it.");
            return;
        }

        if (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var posts))
        {
            context.Refuse($"\"{arguments}\" is not a number of posts. Write e.g. `budget 6`, between 1 and 50.");
            return;
        }

        collaboration.SetChannelPostBudget(posts);
        context.ReplyToCaller($"Done: at most {posts} posts of my own in this channel in any seven days.");
    }

    private static Task<int> ChannelPostsThisWeekAsync(CommandContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<ISignalStore>().BotPostsSinceAsync(context.RequiredCollaboration.Id, context.Now - NoiseBudget.Week, cancellationToken);
}
