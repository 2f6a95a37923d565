using CollabBot.Conversations.Commands;
using CollabBot.Domain.Ideas;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Ideas;

/// <summary><c>ideas</c> (newest first), <c>ideas top</c> (most supported), <c>ideas sectors</c>, <c>ideas #tag</c>; only the caller sees the list.</summary>
public sealed class IdeasCommand : IBotCommand
{
    public string Name => "ideas";
    public string Usage => "ideas [top|sectors|#tag]";
    public string Summary => "The team's ideas: newest, most supported, by sector or by tag.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var ideas = await context.Services.GetRequiredService<IIdeaStore>().ListAsync(collaboration.Id, cancellationToken);
        if (ideas.Count == 0)
        {
            context.ReplyToCaller("No ideas yet. Share one with `idea <text>`.");
            return;
        }

        var reader = context.Caller?.Id ?? Guid.Empty;
        var (verb, rest) = CommandText.Split(arguments);
        switch (verb)
        {
            case "":
            case "new":
            case "newest":
                context.ReplyToCaller($"{ideas.Count} ideas, newest first.", IdeaList.Listed("Ideas: newest first", ideas, ideas.Count, collaboration, reader));
                return;
            case "top":
                var top = ideas.OrderByDescending(i => i.Support).ThenByDescending(i => i.Number).ToList();
                context.ReplyToCaller($"{ideas.Count} ideas, most supported first.", IdeaList.Listed("Ideas: most supported", top, ideas.Count, collaboration, reader));
                return;
            case "sectors":
            case "sector":
            case "by":
                context.ReplyToCaller($"{ideas.Count} ideas by sector.", IdeaList.BySector(ideas, collaboration));
                return;
        }

        var word = verb == "tag" ? rest : arguments;
        IReadOnlyList<string> tag;
        try
        {
            tag = IdeaTags.Read([word]);
        }
        catch (Domain.DomainRuleViolation)
        {
            context.Refuse("Write `ideas` (newest), `ideas top`, `ideas sectors` or `ideas #tag`.");
            return;
        }

        var tagged = ideas.Where(i => i.Tags.Contains(tag[0])).ToList();
        context.ReplyToCaller(
            tagged.Count == 0 ? $"No idea is tagged #{tag[0]} yet." : $"{tagged.Count} ideas tagged #{tag[0]}.",
            tagged.Count == 0 ? null : IdeaList.Listed($"Ideas tagged #{tag[0]}", tagged, tagged.Count, collaboration, reader));
    }
}
