using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Glossary;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Glossary;

public sealed class DefineCommand : IBotCommand
{
    public string Name => "define";
    public string Usage => "define <term>: <definition>";
    public string Summary => "Propose what a key word means; members `agree` or propose another.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var colon = arguments.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || context.Caller is not { } caller)
        {
            context.Refuse(context.Caller is null
                ? "Join first with `join as <sector>`; then you can propose definitions."
                : "Write `define <term>: <definition>`, e.g. `define energy poverty: a household that cannot keep warm for 10% of its income`.");
            return;
        }

        var store = context.Services.GetRequiredService<IGlossaryStore>();
        var glossary = await store.LoadAsync(collaboration.Id, cancellationToken);
        var number = glossary.Definitions.Count == 0 ? 1 : glossary.Definitions.Max(d => d.Number) + 1;
        var definition = Definition.Propose(collaboration.Id, number, arguments[..colon], arguments[(colon + 1)..], caller.Id, context.Now);
        store.Add(definition);
        context.Signal(caller, ParticipationKind.Definition);
        var active = ActiveMembers.Of(collaboration, context.Now);
        if (definition.TryAccept(active, context.Now))
        {
            glossary.Settle(definition, context.Now);
            context.ReplyToChannel($"\"{definition.Term}\" now means: {definition.Text}");
            return;
        }

        var current = glossary.Accepted(definition.Term);
        context.ReplyToChannel(
            $"{caller.DisplayName} proposes a definition of \"{definition.Term}\" ({definition.Number}): {definition.Text}",
            new Card
            {
                Title = $"Definition {definition.Number}: {definition.Term}",
                Body = definition.Text,
                Facts = current is null ? [] : [new CardFact("Meaning so far", current.Text)],
                Actions =
                [
                    new CardAction { Id = "agree", Title = "Agree", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"agree {definition.Number}" } },
                ],
                Note = $"Accepted when {GlossaryAcceptanceRule.Needed(active.Count)} of {active.Count} active members agree, or a convener confirms (`confirm {definition.Number}`). "
                    + $"See it differently? `define {definition.Term}: <your wording>`.",
            });
    }
}
