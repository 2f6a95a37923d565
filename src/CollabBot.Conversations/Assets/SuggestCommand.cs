using CollabBot.Conversations.Commands;
using CollabBot.Domain.Assets;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Assets;

public sealed class SuggestCommand : IBotCommand
{
    public string Name => "suggest";
    public string Usage => "suggest";
    public string Summary => "Conveners: which sectors and assets the team lacks for the current phase, and whom to invite.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller || !caller.Holds(Role.Convener))
        {
            context.Refuse("`suggest` helps conveners invite new actors; ask a convener, or see what the team brings with `who has <words>`.");
            return Task.CompletedTask;
        }

        var suggestion = InviteSuggestion.For(collaboration);
        var lines = new List<string> { $"For {collaboration.CurrentPhase}:" };
        lines.Add(suggestion.MissingSectors.Count == 0
            ? "• Every key sector for this phase takes part."
            : "• Invite someone from: " + string.Join(", ", suggestion.MissingSectors.Select(SectorNames.Display)) + ".");
        lines.Add(suggestion.MissingAssets.Count == 0
            ? "• The team lists the assets this phase usually needs."
            : "• Nobody lists: " + string.Join(", ", suggestion.MissingAssets) + ". Who outside the team holds them?");
        context.ReplyToCaller(string.Join("\n", lines));
        return Task.CompletedTask;
    }
}
