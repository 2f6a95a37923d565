using CollabBot.Domain.Members;

namespace CollabBot.Domain.Collaborations;

/// <summary>One thing the bot looks for before suggesting "next"; <see cref="Met"/> is null where the bot has nothing to read (not tracked).</summary>
public sealed record ChecklistItem(string Text, bool? Met)
{
    public bool Tracked => Met is not null;
}

/// <summary>
/// What the current phase still lacks (DOMAIN.md §1), read from what the team recorded (issue 27, item 5). The bot shows
/// it and asks for confirmation; it never blocks. An item the bot has no record for is "not tracked": it is neither met
/// nor missing, and <see cref="Count"/> leaves it out.
/// </summary>
public static class PhaseChecklist
{
    public const int IdeateMinAuthors = 3;
    public const int MinSectors = 2;

    public static IReadOnlyList<ChecklistItem> Evaluate(Collaboration collaboration, ChecklistEvidence evidence)
    {
        var items = PhaseGuide.Checklist(collaboration.CurrentPhase);
        return collaboration.CurrentPhase switch
        {
            Phase.Understand =>
            [
                new(items[0], collaboration.Challenge is not null),
                new(items[1], collaboration.SectorsPresent().Count >= MinSectors),
                new(items[2], evidence.AgreedTerms > 0),
            ],
            Phase.Ideate => [new(items[0], IdeasAreShared(evidence))],
            Phase.Test =>
            [
                new(items[0], evidence.AgreedInPhase > 0),
                new(items[1], evidence.Risks > 0 && evidence.OpenRisksWithoutOwner == 0),
                new(items[2], null),
            ],
            Phase.Implement =>
            [
                new(items[0], evidence.ActionsInPhase > 0 && evidence.OpenActionsWithoutOwner == 0),
                new(items[1], evidence.OpenObstacleRemovers.All(remover => HasRoute(collaboration, remover))),
            ],
            _ => [new(items[0], evidence.SharedInPhase > 0)],
        };
    }

    /// <summary>"2 of 3 met", counting only the items the bot tracks.</summary>
    public static string Count(IReadOnlyList<ChecklistItem> checklist) =>
        $"{checklist.Count(i => i.Met == true)} of {checklist.Count(i => i.Tracked)} met";

    /// <summary>
    /// Ideas from at least three members of at least two sectors. An idea whose author was forgotten counts for its
    /// sector, not as a voice.
    /// </summary>
    private static bool IdeasAreShared(ChecklistEvidence evidence)
    {
        var ideas = evidence.IdeasInPhase;
        return ideas.Where(i => i.AuthorId is not null).Select(i => i.AuthorId).Distinct().Count() >= IdeateMinAuthors
            && ideas.Where(i => i.Sector is not null).Select(i => i.Sector).Distinct().Count() >= MinSectors;
    }

    /// <summary>An obstacle reaches someone who can remove it: the member named for it, or else the team's sponsors.</summary>
    private static bool HasRoute(Collaboration collaboration, Guid? remover) =>
        collaboration.Members.Any(m => m.Id == remover || m.Holds(Role.Sponsor));
}
