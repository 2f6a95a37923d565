using CollabBot.Domain.Puzzles;

namespace CollabBot.Domain.Tests;

public sealed class PuzzleFacts
{
    private static readonly DateTimeOffset Now = Builders.Monday;
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid();

    [Fact]
    public void The_summary_groups_answers_by_question_without_names_or_order_of_arrival()
    {
        var puzzle = Puzzle.Pose(Guid.NewGuid(), 1, "Heat pumps or insulation first?", Ana, Now);
        puzzle.Answer(Ben, PuzzleFacet.Differ, "what comes first", Now);
        puzzle.Answer(Ana, PuzzleFacet.Agree, "homes must be warm", Now);
        puzzle.Answer(Ana, PuzzleFacet.Differ, "cost for tenants", Now);
        puzzle.Answer(Ben, PuzzleFacet.Agree, "Homes must be warm", Now);

        var summary = puzzle.Summary();

        Assert.Equal(["homes must be warm"], summary[PuzzleFacet.Agree]);
        Assert.Equal(["cost for tenants", "what comes first"], summary[PuzzleFacet.Differ]);
        Assert.Empty(summary[PuzzleFacet.Know]);
    }

    [Fact]
    public void A_closed_puzzle_takes_no_answers_and_cannot_close_again()
    {
        var puzzle = Puzzle.Pose(Guid.NewGuid(), 1, "Who pays?", Ana, Now);
        puzzle.Close(Ana, byConvener: false, Now);

        Assert.Throws<DomainRuleViolation>(() => puzzle.Answer(Ben, PuzzleFacet.Know, "the budget", Now));
        Assert.Throws<DomainRuleViolation>(() => puzzle.Close(Ana, byConvener: false, Now));
    }

    [Fact]
    public void Forgetting_a_member_removes_their_answers()
    {
        var puzzle = Puzzle.Pose(Guid.NewGuid(), 1, "Who pays?", Ana, Now);
        puzzle.Answer(Ana, PuzzleFacet.Know, "the budget", Now);
        puzzle.Answer(Ben, PuzzleFacet.Know, "the rents", Now);

        puzzle.Forget(Ana);

        Assert.Equal(["the rents"], puzzle.Answers.Select(a => a.Text));
        Assert.Null(puzzle.RaisedBy);
    }
}
