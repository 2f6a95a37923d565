using System.Globalization;
using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;

namespace CollabBot.Conversations.Decisions;

/// <summary>
/// The proposal card with its live tally and turnout. Names are shown: a decision is the team's (issue 8, point 1),
/// and so is who has not taken a position yet (issue 28, point 2). Every button is a command a person could type:
/// <c>vote 3 reservations &lt;reason&gt;</c>.
/// </summary>
public static class DecisionCard
{
    /// <summary>At most this many names in the "not yet" line; the rest are counted.</summary>
    public const int MaxNamesShown = 15;

    public static Card For(Decision decision, Collaboration collaboration)
    {
        var zone = TimeZones.TryResolve(collaboration.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc;
        var memberIds = collaboration.Members.Select(m => m.Id).ToList();
        var counted = decision.CountedPositions(memberIds.ToHashSet());
        var turnout = decision.Turnout(memberIds);
        var facts = new List<CardFact> { new("Proposed by", MemberNames.Of(collaboration, decision.ProposedBy) + Origin(decision)) };
        if (decision.Background is { } background)
        {
            facts.Add(new CardFact($"What joint puzzle {decision.FromPuzzle} found", background));
        }

        facts.Add(new CardFact(decision.IsOpen ? "Closes" : "Closed", Local(decision.ClosedAt ?? decision.ClosesAt, zone)));
        facts.Add(new CardFact("Kind", decision.Weight switch
        {
            DecisionWeight.Substantive => "substantive",
            DecisionWeight.Logistics => "logistics",
            _ => decision.IsSubstantive ? "substantive (open 48 hours or more)" : "not marked substantive (open under 48 hours)",
        }));
        facts.Add(new CardFact("Turnout", TurnoutText(turnout)));
        if (decision.IsOpen && turnout.NotYet.Count > 0)
        {
            facts.Add(new CardFact("No position yet", Names(collaboration, turnout.NotYet)));
        }

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
                ? "Consent: agreed when most of those taking a side agree and no one blocks; abstaining counts as taking part. "
                    + $"Change your position any time before it closes, or type `vote {decision.Number} <agree|reservations|disagree|block|abstain> [reason]`."
                : null,
        };
    }

    public static string Outcome(Decision decision) => decision.Outcome switch
    {
        DecisionOutcome.ProvisionallyAgreed => "provisionally agreed",
        DecisionOutcome.NotAgreed => "not agreed",
        DecisionOutcome.NoQuorum => "not decided: too few took part",
        _ => "open",
    };

    /// <summary>"5 of 8 took part (1 abstains); the quorum of 60% needs 5".</summary>
    public static string TurnoutText(Turnout turnout)
    {
        var text = $"{turnout.TookPart} of {turnout.Members} took part";
        if (turnout.Abstained > 0)
        {
            text += turnout.Abstained == 1 ? " (1 abstains)" : $" ({turnout.Abstained} abstain)";
        }

        return turnout.QuorumPercent is { } quorum ? $"{text}; the quorum of {quorum}% needs {turnout.Needed}" : text;
    }

    public static string Names(Collaboration collaboration, IReadOnlyList<Guid> memberIds)
    {
        var names = memberIds.Take(MaxNamesShown).Select(id => MemberNames.Of(collaboration, id)).ToList();
        return memberIds.Count > MaxNamesShown ? $"{string.Join(", ", names)} and {memberIds.Count - MaxNamesShown} more" : string.Join(", ", names);
    }

    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + $" ({zone.Id})";

    private static string Origin(Decision decision) =>
        decision.FromIdea is { } idea ? $", from idea {idea}" : decision.FromPuzzle is { } puzzle ? $", from joint puzzle {puzzle}" : "";

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
