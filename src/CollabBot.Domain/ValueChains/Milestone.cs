using CollabBot.Domain.Collaborations;

namespace CollabBot.Domain.ValueChains;

/// <summary>
/// A step on the team's way to its big win (issue 27, item 4): small wins can be tied to it, so the team sees its
/// wins add up toward the long-term target (DOMAIN.md §3). Milestones are team data: they name nobody.
/// </summary>
public sealed class Milestone
{
    public const int MaxTextLength = 300;

    /// <summary>Enough steps to show the way on one card line each; a longer list hides the big win behind it.</summary>
    public const int MaxPerCollaboration = 12;

    private Milestone()
    {
        Text = "";
    }

    private Milestone(Guid collaborationId, int number, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CollaborationId = collaborationId;
        Number = number;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>1, 2, 3... in the order they were set, as members refer to them (`win ... for milestone 2`).</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>A milestone sits under the goal: the big win is set first, and a team keeps at most <see cref="MaxPerCollaboration"/>.</summary>
    public static Milestone Under(Collaboration collaboration, IReadOnlyCollection<Milestone> existing, string text, DateTimeOffset at)
    {
        if (collaboration.BigWin is null)
        {
            throw new DomainRuleViolation("A milestone is a step toward the big win; set the big win first with `goal <text>`.");
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxTextLength)
        {
            throw new DomainRuleViolation($"A milestone is a short step under {MaxTextLength} characters, e.g. `milestone 50 homes insulated`.");
        }

        if (existing.Count >= MaxPerCollaboration)
        {
            throw new DomainRuleViolation($"The team has {MaxPerCollaboration} milestones already; that is the most, so the big win stays in sight.");
        }

        return new Milestone(collaboration.Id, existing.Count == 0 ? 1 : existing.Max(m => m.Number) + 1, trimmed, at);
    }
}
