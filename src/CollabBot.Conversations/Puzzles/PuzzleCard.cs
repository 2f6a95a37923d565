using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Puzzles;
using CollabBot.Domain.Text;

namespace CollabBot.Conversations.Puzzles;

/// <summary>The puzzle card and its summary. Neither names anyone: who disagrees with whom is not the point.</summary>
public static class PuzzleCard
{
    public static string Question(PuzzleFacet facet) => facet switch
    {
        PuzzleFacet.Agree => "What do we agree on?",
        PuzzleFacet.Differ => "Where do we differ?",
        _ => "What would we need to know?",
    };

    public static Card For(Puzzle puzzle) => new()
    {
        Title = $"Joint puzzle {puzzle.Number}",
        Body = $"Let's treat this as a puzzle we solve together: {puzzle.Statement}",
        Facts = Enum.GetValues<PuzzleFacet>().Select(f => new CardFact(Question(f), "Answer below; answers are shown without names.")).ToList(),
        Inputs =
        [
            new CardInput
            {
                Id = "about",
                Label = "Question",
                Kind = InputKind.Choice,
                Required = true,
                Choices = Enum.GetValues<PuzzleFacet>().Select(f => new CardChoice(f.ToString().ToLowerInvariant(), Question(f))).ToList(),
            },
            new CardInput { Id = "answer", Label = "Your short answer", Required = true, MaxLength = PuzzleAnswer.MaxTextLength },
        ],
        Actions =
        [
            new CardAction
            {
                Id = "answer",
                Title = "Add my answer",
                Style = ActionStyle.Primary,
                Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"puzzle answer {puzzle.Number} {{about}} {{answer}}" },
            },
        ],
        Note = $"Or type `puzzle answer {puzzle.Number} agree|differ|know <answer>`. `puzzle close {puzzle.Number}` posts the summary.",
    };

    public static Card Summary(Puzzle puzzle) => new()
    {
        Title = $"Joint puzzle {puzzle.Number}: what we found",
        Body = puzzle.Statement,
        Facts = puzzle.Summary().Select(kv => new CardFact(Question(kv.Key), kv.Value.Count == 0 ? "no answers yet" : string.Join("\n", kv.Value.Select(a => "• " + a)))).ToList(),
        Note = $"{Words.Count(puzzle.Answers.Count, "answer")}. Next: find out what we would need to know, then decide with `propose`.",
    };
}
