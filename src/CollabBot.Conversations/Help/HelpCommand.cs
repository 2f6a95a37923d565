using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Help;

public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "help";
    public string Usage => "help [command]";
    public string Summary => "What I can do, or how to use one command.";
    public bool NeedsCollaboration => false;

    public Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        // Resolved lazily: the router holds every command, this one included.
        var router = services.GetRequiredService<CommandRouter>();
        var (verb, _) = CommandText.Split(arguments);
        if (verb.Length > 0)
        {
            if (router.Find(verb) is { } one)
            {
                context.ReplyToCaller($"`{one.Usage}` — {one.Summary}");
                return Task.CompletedTask;
            }

            var closest = router.Closest(verb);
            context.ReplyToCaller($"There is no command `{Excerpt.Of(verb)}`."
                + (closest.Count > 0 ? " Closest: " + string.Join(", ", closest.Select(c => $"`{c.Usage}`")) + "." : ""));
            return Task.CompletedTask;
        }

        var card = new Card
        {
            Title = "CollabBot commands",
            Body = context.Collaboration is null
                ? "Start a collaboration in this conversation with `start <name>`."
                : $"This conversation hosts *{context.Collaboration.Name}*.",
            Facts = router.Commands.Select(c => new CardFact(c.Usage, c.Summary)).ToList(),
            Note = "Write commands with or without a leading `/collab`. Name a person with an @mention.",
        };
        context.ReplyToCaller("CollabBot commands: " + string.Join(", ", router.Commands.Select(c => c.Name)), card);
        return Task.CompletedTask;
    }
}
