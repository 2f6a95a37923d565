using CollabBot.Conversations.Commands;
using CollabBot.Domain.Assets;

namespace CollabBot.Conversations.Assets;

public sealed class WhoCommand : IBotCommand
{
    public string Name => "who";
    public string Usage => "who has <words>";
    public string Summary => "Find members whose assets match, e.g. `who has survey data`.";

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.StartsWith("has ", StringComparison.OrdinalIgnoreCase) ? arguments[4..] : arguments;
        if (words.Trim().Length == 0)
        {
            context.Refuse("Ask `who has <words>`, e.g. `who has pilot site`.");
            return Task.CompletedTask;
        }

        var matches = AssetSearch.Find(context.RequiredCollaboration.Members, words);
        context.ReplyToCaller(matches.Count == 0
            ? $"Nobody has listed assets matching \"{Excerpt.Of(words)}\". Conveners can see who to invite with `suggest`."
            : string.Join("\n", matches.Select(m => $"• {m.Member.DisplayName}: {string.Join("; ", m.Assets)}")));
        return Task.CompletedTask;
    }
}
