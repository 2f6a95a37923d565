using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Glossary;

public sealed class GlossaryCommand : IBotCommand
{
    public string Name => "glossary";
    public string Usage => "glossary";
    public string Summary => "The team's accepted definitions and the open proposals.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var glossary = await context.Services.GetRequiredService<IGlossaryStore>().LoadAsync(context.RequiredCollaboration.Id, cancellationToken);
        var accepted = glossary.AcceptedTerms();
        var open = glossary.OpenProposals();
        if (accepted.Count + open.Count == 0)
        {
            context.ReplyToCaller("The glossary is empty. Propose a key word's meaning with `define <term>: <definition>`.");
            return;
        }

        var facts = accepted.Select(d => new CardFact(d.Term, d.Text))
            .Concat(open.Select(d => new CardFact($"{d.Term} (proposal {d.Number}, open)", d.Text)))
            .ToList();
        context.ReplyToCaller($"Glossary: {accepted.Count} accepted, {open.Count} open.", new Card
        {
            Title = "Glossary",
            Facts = facts,
            Note = "Agree with an open proposal with `agree <term or id>`; ask with `what is <term>`.",
        });
    }
}
