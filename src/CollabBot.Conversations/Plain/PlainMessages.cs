using CollabBot.Conversations.Messages;
using CollabBot.Domain.Members;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Plain;

/// <summary>
/// A message as a member who said `plain on` reads it (<see cref="PlainWords"/>): its text, the card's title, body, facts,
/// labels and note in plain words. Ids, values and commands stay as they are, so buttons and typed commands still work.
/// </summary>
public static class PlainMessages
{
    public static OutboundMessage For(Member? reader, OutboundMessage message) =>
        reader is { PlainLanguage: true } ? Plain(message) : message;

    public static OutboundMessage Plain(OutboundMessage message) => message with
    {
        Text = PlainWords.Apply(message.Text),
        Card = message.Card is { } card ? Plain(card) : null,
    };

    private static Card Plain(Card card) => card with
    {
        Title = Apply(card.Title),
        Body = Apply(card.Body),
        Note = Apply(card.Note),
        Facts = card.Facts.Select(f => new CardFact(PlainWords.Apply(f.Label), PlainWords.Apply(f.Value))).ToList(),
        Inputs = card.Inputs.Select(i => i with
        {
            Label = PlainWords.Apply(i.Label),
            Placeholder = Apply(i.Placeholder),
            Choices = i.Choices.Select(c => c with { Title = PlainWords.Apply(c.Title) }).ToList(),
        }).ToList(),
        Actions = card.Actions.Select(a => a with { Title = PlainWords.Apply(a.Title) }).ToList(),
    };

    private static string? Apply(string? text) => text is null ? null : PlainWords.Apply(text);
}
