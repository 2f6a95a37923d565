using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Collaborations;

public static class PhaseCard
{
    public static Card For(Collaboration collaboration, DateTimeOffset now)
    {
        var phase = collaboration.CurrentPhase;
        var day = (int)Math.Floor(collaboration.TimeInPhase(now).TotalDays) + 1;
        var planned = (int)collaboration.PlannedLength(phase).TotalDays;
        return new Card
        {
            Title = $"Phase: {phase}",
            Body = PhaseGuide.Purpose(phase),
            Facts =
            [
                new CardFact("Day", $"{day} of {planned} planned" + (collaboration.IsOverrun(now) ? " (overrun)" : "")),
                new CardFact("Look for", string.Join("; ", PhaseGuide.Checklist(phase))),
                new CardFact("Next phase", PhaseGuide.Next(phase)?.ToString() ?? "none: this is the last"),
            ],
        };
    }
}
