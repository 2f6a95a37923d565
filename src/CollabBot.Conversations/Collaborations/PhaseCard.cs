using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

public static class PhaseCard
{
    /// <summary>The phase card: purpose, time against plan, and the checklist with what is met (✓), missing (✗) or for the team to judge (?).</summary>
    public static Card For(Collaboration collaboration, DateTimeOffset now, IReadOnlyList<ChecklistItem> checklist)
    {
        var phase = collaboration.CurrentPhase;
        var day = (int)Math.Floor(collaboration.TimeInPhase(now).TotalDays) + 1;
        var planned = (int)collaboration.PlannedLength(phase).TotalDays;
        var facts = new List<CardFact>
        {
            new("Day", $"{day} of {planned} planned" + (collaboration.IsOverrun(now) ? " (overrun)" : "")),
            new("What helps now", WhatHelps(phase)),
        };
        facts.AddRange(checklist.Select(i => new CardFact(i.Met switch { true => "✓", false => "✗", null => "?" }, i.Text)));
        facts.Add(new CardFact("Next phase", PhaseGuide.Next(phase)?.ToString() ?? "none: this is the last"));
        return new Card { Title = $"Phase: {phase}", Body = PhaseGuide.Purpose(phase), Facts = facts };
    }

    private static string WhatHelps(Phase phase) => phase switch
    {
        Phase.Understand => "Hear every sector's view of the problem; agree what the key words mean.",
        Phase.Ideate => "Many voices, not one: build on each other's ideas across sectors.",
        Phase.Test => "Pick a prototype; talk through risks, gains and who carries the costs.",
        Phase.Implement => "Give every action an owner; route obstacles to who can remove them.",
        _ => "Tell each other where you shared the solution; invite ambassadors.",
    };
}
