using CollabBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Glossary;

public sealed class WhatCommand : IBotCommand
{
    public string Name => "what";
    public string Usage => "what is <term>";
    public string Summary => "What a term means in this team, from the glossary.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var term = arguments.StartsWith("is ", StringComparison.OrdinalIgnoreCase) ? arguments[3..] : arguments;
        term = term.Trim().TrimEnd('?').Trim();
        if (term.Length == 0)
        {
            context.Refuse("Ask `what is <term>`, e.g. `what is energy poverty`.");
            return;
        }

        var glossary = await context.Services.GetRequiredService<IGlossaryStore>().LoadAsync(context.RequiredCollaboration.Id, cancellationToken);
        if (glossary.Accepted(term) is { } definition)
        {
            context.ReplyToCaller($"\"{definition.Term}\": {definition.Text}");
            return;
        }

        context.ReplyToCaller(glossary.FindOpen(term) is { } open
            ? $"\"{open.Term}\" has no agreed meaning yet; proposal {open.Number} says: {open.Text}. `agree {open.Number}` if it fits."
            : $"The team has not defined \"{Excerpt.Of(term)}\" yet. Propose a meaning with `define <term>: <definition>`.");
    }
}
