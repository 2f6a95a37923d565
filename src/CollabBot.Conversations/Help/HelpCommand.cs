using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Help;

/// <summary>
/// `help`: a handful of topics for what the caller can do in their role and the team's phase, one screen at most;
/// `help &lt;topic&gt;` lists a topic's commands; `help &lt;command&gt;` explains one.
/// </summary>
public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public const string Title = "CollabBot help";

    public string Name => "help";
    public string Usage => "help [topic or command]";
    public string Summary => "What you can do here; `help <topic>` or `help <command>` for more.";
    public bool NeedsCollaboration => false;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        // Resolved lazily: the router holds every command, this one included.
        var router = services.GetRequiredService<CommandRouter>();
        var reader = new HelpReader(context.Collaboration, context.Caller);
        var asked = arguments.Trim().TrimStart('/').ToLowerInvariant();
        if (asked.Length == 0)
        {
            context.ReplyToCaller(Headline(reader), Overview(reader));
            return Task.CompletedTask;
        }

        if (HelpTopics.Find(asked) is { } topic)
        {
            context.ReplyToCaller($"{topic.Title}: the commands.", TopicCard(topic, router));
            return Task.CompletedTask;
        }

        var (verb, _) = CommandText.Split(asked);
        if (router.Find(verb) is { } one)
        {
            var within = HelpTopics.All.FirstOrDefault(t => t.Commands.Contains(one.Name));
            context.ReplyToCaller($"`{one.Usage}` — {one.Summary}" + (within is null ? "" : $" More in `help {within.Key}`."));
            return Task.CompletedTask;
        }

        var closest = router.Closest(verb);
        context.ReplyToCaller(closest.Count > 0
            ? $"There is no help on `{Excerpt.Of(asked)}`. Did you mean {string.Join(" or ", closest.Select(c => $"`help {c.Name}`"))}?"
            : $"There is no help on `{Excerpt.Of(asked)}`. Topics: {HelpTopics.Inline(reader)}.");
        return Task.CompletedTask;
    }

    private static string Headline(HelpReader reader) => reader.Collaboration is { } team
        ? $"What you can do in {team.Name} ({team.CurrentPhase}):"
        : "What you can do here:";

    /// <summary>The overview: at most seven topics, the step that fits now, and how to ask for more.</summary>
    public static Card Overview(HelpReader reader) => new()
    {
        Title = Title,
        Facts = HelpTopics.For(reader).Select(t => new CardFact($"`help {t.Key}`", t.Line)).ToList(),
        Body = HelpTopics.NextStep(reader),
        Note = "`help <command>` explains one command, e.g. `help checkin`. Write commands with or without `/collab`.",
    };

    private static Card TopicCard(HelpTopic topic, CommandRouter router) => new()
    {
        Title = $"{Title}: {topic.Title.ToLowerInvariant()}",
        Facts = topic.Commands.Select(router.Find).OfType<IBotCommand>().Select(c => new CardFact($"`{c.Usage}`", c.Summary)).ToList(),
        Note = "`help` lists the topics; `help <command>` explains one command.",
    };
}
