namespace CollabBot.Domain.Collaborations;

/// <summary>One thing the bot looks for before suggesting "next"; <see cref="Met"/> is null where the bot cannot tell.</summary>
public sealed record ChecklistItem(string Text, bool? Met);

/// <summary>
/// What the current phase still lacks (DOMAIN.md §1). The bot shows it and asks for confirmation; it never blocks.
/// Understand: a challenge is stated; members from at least two sectors. Ideate: small wins or answers from at
/// least three members of at least two sectors since the phase began. Items the bot has no evidence for are left to the team.
/// </summary>
public static class PhaseChecklist
{
    public const int IdeateMinContributors = 3;
    public const int MinSectors = 2;

    public static IReadOnlyList<ChecklistItem> Evaluate(Collaboration collaboration, IReadOnlySet<Guid> contributorsInPhase)
    {
        var items = PhaseGuide.Checklist(collaboration.CurrentPhase);
        return collaboration.CurrentPhase switch
        {
            Phase.Understand =>
            [
                new(items[0], collaboration.Challenge is not null),
                new(items[1], collaboration.SectorsPresent().Count >= MinSectors),
                new(items[2], null),
            ],
            Phase.Ideate => [new(items[0], IdeasAreShared(collaboration, contributorsInPhase))],
            _ => items.Select(i => new ChecklistItem(i, null)).ToList(),
        };
    }

    private static bool IdeasAreShared(Collaboration collaboration, IReadOnlySet<Guid> contributors)
    {
        var members = collaboration.Members.Where(m => contributors.Contains(m.Id)).ToList();
        return members.Count >= IdeateMinContributors
            && members.Where(m => m.Sector is not null).Select(m => m.Sector).Distinct().Count() >= MinSectors;
    }
}
