using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

public static class PhaseCard
{
    public const string NotTracked = "not tracked: the team judges";

    /// <summary>The phase card: purpose, time against plan, and the checklist with what is met (✓), missing (✗) or not tracked by the bot (–).</summary>
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
        facts.AddRange(checklist.Select(i => i.Met switch
        {
            true => new CardFact("✓", i.Text),
            false => new CardFact("✗", i.Text),
            null => new CardFact("–", $"{i.Text} ({NotTracked})"),
        }));
        facts.Add(new CardFact("Next phase", PhaseGuide.Next(phase)?.ToString() ?? "none: this is the last"));
        return new Card { Title = $"Phase: {phase}", Body = PhaseGuide.Purpose(phase), Facts = facts };
    }

    /// <summary>"1 of 2 met; missing: …; not tracked: …" for status and the digest; untracked items are not counted as unmet.</summary>
    public static string Summary(IReadOnlyList<ChecklistItem> checklist)
    {
        var text = PhaseChecklist.Count(checklist);
        var missing = checklist.Where(i => i.Met == false).Select(i => i.Text.ToLowerInvariant()).ToList();
        var untracked = checklist.Where(i => !i.Tracked).Select(i => i.Text.ToLowerInvariant()).ToList();
        text += missing.Count > 0 ? $"; missing: {string.Join("; ", missing)}" : "";
        return text + (untracked.Count > 0 ? $"; not tracked: {string.Join("; ", untracked)}" : "");
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
