using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Help;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Glossary;

public sealed class WhatCommand : IBotCommand
{
    public string Name => "what";
    public string Usage => "what is <term>";
    public string Summary => "What a term means in this team (the glossary), or one of my own words: network stage (coupling, integration, linking), reservation, phase, check-in.";

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

        // The bot's own words (issue 27): explained as they are, also to someone with `plain on`, who asked what they mean.
        if (BotTerms.Explain(term) is { } explained)
        {
            context.ExplainToCaller(explained);
            return;
        }

        context.ReplyToCaller(glossary.FindOpen(term) is { } open
            ? $"\"{open.Term}\" has no agreed meaning yet; proposal {open.Number} says: {open.Text}. `agree {open.Number}` if it fits."
            : $"The team has not defined \"{Excerpt.Of(term)}\" yet. Propose a meaning with `define <term>: <definition>`.");
    }
}
