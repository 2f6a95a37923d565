using System.Globalization;
using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// The proposal card with its live tally. Names are shown: a decision is the team's (issue 8, point 1).
/// Every button is a command a person could type: <c>vote 3 reservations &lt;reason&gt;</c>.
/// </summary>
public static class DecisionCard
{
    public static Card For(Decision decision, Collaboration collaboration)
    {
        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var members = collaboration.Members.Select(m => m.Id).ToHashSet();
        var counted = decision.CountedPositions(members);
        var facts = new List<CardFact>
        {
            new("Proposed by", MemberNames.Of(collaboration, decision.ProposedBy)),
            new(decision.IsOpen ? "Closes" : "Closed", Local(decision.ClosedAt ?? decision.ClosesAt, zone)),
        };
        foreach (var stance in Enum.GetValues<Stance>())
        {
            var holders = counted.Where(p => p.Stance == stance).Select(p => MemberNames.Of(collaboration, p.MemberId)).ToList();
            facts.Add(new CardFact($"{Capitalised(StanceNames.Display(stance))} ({holders.Count})", holders.Count == 0 ? "—" : string.Join(", ", holders)));
        }

        return new Card
        {
            Title = $"Proposal {decision.Number}",
            Body = decision.IsOpen ? decision.Text : $"{decision.Text}\n\nOutcome: {Outcome(decision)}.",
            Facts = facts,
            Inputs = decision.IsOpen
                ? [new CardInput { Id = "reason", Label = "Reason (optional; needed to block)", MaxLength = Position.MaxReasonLength }]
                : [],
            Actions = decision.IsOpen ? Enum.GetValues<Stance>().Select(s => Button(decision, s)).ToList() : [],
            Note = decision.IsOpen
                ? $"Consent: agreed when most agree and no one blocks. Change your position any time before it closes, or type `vote {decision.Number} <agree|reservations|disagree|block> [reason]`."
                : null,
        };
    }

    public static string Outcome(Decision decision) => decision.Outcome switch
    {
        DecisionOutcome.ProvisionallyAgreed => "provisionally agreed",
        DecisionOutcome.NotAgreed => "not agreed",
        _ => "open",
    };

    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + $" ({zone.Id})";

    private static CardAction Button(Decision decision, Stance stance) => new()
    {
        Id = StanceNames.Word(stance),
        Title = Capitalised(StanceNames.Display(stance)),
        Style = stance switch
        {
            Stance.Agree => ActionStyle.Primary,
            Stance.Block => ActionStyle.Danger,
            _ => ActionStyle.Default,
        },
        Data = new Dictionary<string, string>
        {
            [CardActionText.CommandKey] = stance == Stance.Block
                ? $"vote {decision.Number} block {{reason}}"
                : $"vote {decision.Number} {StanceNames.Word(stance)} {{reason?}}",
        },
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
