using CollabBot.Conversations.Help;
using CollabBot.Domain;
using CollabBot.Domain.Participation;

namespace CollabBot.Conversations.Commands;

/// <summary>Finds the command a turn asks for and runs it; unknown words get help with the closest commands.</summary>
public sealed class CommandRouter(IEnumerable<IBotCommand> commands)
{
    private readonly IReadOnlyList<IBotCommand> _commands = commands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<IBotCommand> Commands => _commands;

    public IBotCommand? Find(string verb) => _commands.FirstOrDefault(c => c.Name == verb);

    public async Task RunAsync(CommandContext context, string? text, CancellationToken cancellationToken)
    {
        var (verb, arguments) = CommandText.Split(text);
        if (verb.Length == 0)
        {
            verb = "help";
        }

        var command = Find(verb);
        if (command is null)
        {
            context.Refuse(UnknownCommandText(verb, new HelpReader(context.Collaboration, context.Caller)));
            return;
        }

        if (command.NeedsCollaboration && context.Collaboration is null)
        {
            context.Refuse("No collaboration lives in this conversation yet. Start one with `start <name>`, e.g. `start Warm Homes`.");
            return;
        }

        try
        {
            await command.ExecuteAsync(context, arguments, cancellationToken);
            if (command.Contributes && context.Caller is { } member)
            {
                context.Signal(member, ParticipationKind.Command);
            }
        }
        catch (DomainRuleViolation violation)
        {
            context.Refuse(violation.Message);
            throw new CommandRefused(violation.Message, violation);
        }
    }

    /// <summary>
    /// The commands a word is a likely typo of (<see cref="CommandText.IsCloseTo"/>), closest first. No command word is
    /// longer than <see cref="Excerpt.MaxLength"/>, so a longer word has no close command (and no costly distance).
    /// </summary>
    public IReadOnlyList<IBotCommand> Closest(string verb, int max = 3) => verb.Length > Excerpt.MaxLength ? [] : _commands
        .Where(c => verb.Length > 0 && CommandText.IsCloseTo(verb, c.Name))
        .Select(c => (Command: c, Distance: c.Name.StartsWith(verb, StringComparison.Ordinal) ? 0 : CommandText.Distance(verb, c.Name)))
        .OrderBy(x => x.Distance)
        .ThenBy(x => x.Command.Name, StringComparer.Ordinal)
        .Take(max)
        .Select(x => x.Command)
        .ToList();

    private string UnknownCommandText(string verb, HelpReader reader)
    {
        var closest = Closest(verb);
        return closest.Count == 0
            ? $"I don't know the command `{Excerpt.Of(verb)}`. Type `help` for what you can do, or a topic: {HelpTopics.Inline(reader)}."
            : $"I don't know the command `{Excerpt.Of(verb)}`. Did you mean {string.Join(" or ", closest.Select(c => $"`{c.Usage}`"))}?";
    }
}
