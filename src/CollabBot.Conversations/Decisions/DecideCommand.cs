using System.Globalization;
using CollabBot.Conversations.Commands;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Decisions;

/// <summary><c>decide</c> shows how the team decides; conveners set a quorum with <c>decide quorum 60%</c> or <c>decide quorum off</c>.</summary>
public sealed class DecideCommand : IBotCommand
{
    public string Name => "decide";
    public string Usage => "decide [quorum <percent>|quorum off]";
    public string Summary => "How proposals are decided here; conveners set the share of members who must take part.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var (verb, rest) = CommandText.Split(arguments);
        if (verb.Length == 0)
        {
            context.ReplyToCaller(collaboration.DecisionQuorum is { } quorum
                ? $"A proposal counts when at least {quorum}% of the members take a position (abstaining included), and it is agreed when most of those taking a side agree and no one blocks."
                : "No quorum: a proposal is agreed when most of those taking a side agree and no one blocks. Conveners can ask for one with `decide quorum 60%`.");
            return Task.CompletedTask;
        }

        if (verb != "quorum")
        {
            context.Refuse("Write `decide` to see how the team decides, or `decide quorum 60%` / `decide quorum off`.");
            return Task.CompletedTask;
        }

        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("Only a convener can set the quorum for decisions.");
            return Task.CompletedTask;
        }

        if (rest.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            collaboration.SetDecisionQuorum(null);
            context.ReplyToChannel("New proposals need no quorum any more: they are agreed when most of those taking a side agree and no one blocks.");
            return Task.CompletedTask;
        }

        if (!int.TryParse(rest.TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var percent))
        {
            context.Refuse("Give the quorum as a share of the members, e.g. `decide quorum 60%`, or `decide quorum off`.");
            return Task.CompletedTask;
        }

        collaboration.SetDecisionQuorum(percent);
        var needed = new Turnout(0, collaboration.Members.Count, 0, [], percent).Needed;
        context.ReplyToChannel($"From now on a proposal counts only when at least {percent}% of the members take a position (abstaining counts): {needed} of the {collaboration.Members.Count} today. Open proposals keep the rule they were made under.");
        return Task.CompletedTask;
    }
}
