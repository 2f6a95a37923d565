namespace CollabBot.Domain.Puzzles;

/// <summary>One member's short answer to one of the puzzle's questions. Shown without the member's name.</summary>
public sealed class PuzzleAnswer
{
    public const int MaxTextLength = 500;

    private PuzzleAnswer()
    {
        Text = "";
    }

    internal PuzzleAnswer(Guid puzzleId, Guid memberId, PuzzleFacet facet, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        PuzzleId = puzzleId;
        MemberId = memberId;
        Facet = facet;
        Text = text;
        AnsweredAt = at;
    }

    public Guid Id { get; private set; }
    public Guid PuzzleId { get; private set; }

    /// <summary>Kept only to let a member export or erase their own answers; never shown.</summary>
    public Guid? MemberId { get; private set; }

    public PuzzleFacet Facet { get; private set; }
    public string Text { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
}
