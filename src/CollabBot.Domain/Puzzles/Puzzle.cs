namespace CollabBot.Domain.Puzzles;

/// <summary>
/// A disagreement reframed as a joint puzzle (DOMAIN.md §6): members answer what they agree on, where they differ and
/// what they would need to know. Answers are anonymous in everything the team sees, so the puzzle never names who
/// disagrees with whom.
/// </summary>
public sealed class Puzzle
{
    public const int MaxStatementLength = 500;

    private readonly List<PuzzleAnswer> _answers = [];

    private Puzzle()
    {
        Statement = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }
    public int Number { get; private set; }
    public string Statement { get; private set; }
    public Guid? RaisedBy { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<PuzzleAnswer> Answers => _answers;
    public bool IsOpen => ClosedAt is null;

    public static Puzzle Pose(Guid collaborationId, int number, string statement, Guid raisedBy, DateTimeOffset now)
    {
        var trimmed = statement?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxStatementLength)
        {
            throw new DomainRuleViolation($"State the disagreement in a short sentence (at most {MaxStatementLength} characters), e.g. `puzzle heat pumps or insulation first?`.");
        }

        return new Puzzle { Id = Guid.NewGuid(), CollaborationId = collaborationId, Number = number, Statement = trimmed, RaisedBy = raisedBy, RaisedAt = now };
    }

    public void Answer(Guid memberId, PuzzleFacet facet, string text, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Puzzle {Number} is closed.");
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > PuzzleAnswer.MaxTextLength)
        {
            throw new DomainRuleViolation($"An answer is a short sentence of at most {PuzzleAnswer.MaxTextLength} characters.");
        }

        _answers.Add(new PuzzleAnswer(Id, memberId, facet, trimmed, now));
    }

    /// <summary>Closes the puzzle; only the member who raised it or a convener may (<paramref name="byConvener"/>).</summary>
    public void Close(Guid by, bool byConvener, DateTimeOffset now)
    {
        if (by != RaisedBy && !byConvener)
        {
            throw new DomainRuleViolation($"Only the member who raised puzzle {Number} or a convener can close it.");
        }

        if (!IsOpen)
        {
            throw new DomainRuleViolation($"Puzzle {Number} is already closed.");
        }

        ClosedAt = now;
    }

    /// <summary>The answers per question, without names, in alphabetical order so that not even timing hints at who said what.</summary>
    public IReadOnlyDictionary<PuzzleFacet, IReadOnlyList<string>> Summary() =>
        Enum.GetValues<PuzzleFacet>().ToDictionary(
            facet => facet,
            facet => (IReadOnlyList<string>)_answers.Where(a => a.Facet == facet).Select(a => a.Text)
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>Erases a member: their answers go (they are their words), and they are no longer the one who raised it.</summary>
    public void Forget(Guid memberId)
    {
        _answers.RemoveAll(a => a.MemberId == memberId);
        if (RaisedBy == memberId)
        {
            RaisedBy = null;
        }
    }
}
