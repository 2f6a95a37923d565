using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Decisions;
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

    /// <summary>"Need to know" items offered as actions on the summary card; more are reached by typing.</summary>
    public const int MaxActionButtons = 4;

    /// <summary>
    /// The summary (issue 28, point 3) offers to start a proposal that carries these findings, and to turn each
    /// "need to know" item into an action. Still nobody is named.
    /// </summary>
    public static Card Summary(Puzzle puzzle)
    {
        var know = puzzle.Summary()[PuzzleFacet.Know];
        var actions = new List<CardAction>
        {
            new()
            {
                Id = "propose",
                Title = "Start a proposal",
                Style = ActionStyle.Primary,
                Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"puzzle propose {puzzle.Number} {{proposal}}" },
            },
        };
        actions.AddRange(know.Take(MaxActionButtons).Select((item, i) => new CardAction
        {
            Id = $"action-{i + 1}",
            Title = Excerpt.Of($"Action: {item}", 60),
            Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"puzzle action {puzzle.Number} {i + 1}" },
        }));
        return new Card
        {
            Title = $"Joint puzzle {puzzle.Number}: what we found",
            Body = puzzle.Statement,
            Facts = puzzle.Summary().Select(kv => new CardFact(Question(kv.Key), kv.Value.Count == 0
                ? "no answers yet"
                : string.Join("\n", kv.Value.Select((a, i) => kv.Key == PuzzleFacet.Know ? $"{i + 1}. {a}" : "• " + a)))).ToList(),
            Inputs = [new CardInput { Id = "proposal", Label = "A proposal that builds on this", MaxLength = Decision.MaxTextLength }],
            Actions = actions,
            Note = $"{Words.Count(puzzle.Answers.Count, "answer")}. Next: `puzzle propose {puzzle.Number} <proposal>` starts a proposal that carries these findings; "
                + $"`puzzle action {puzzle.Number} <n> [owner @member] [due <date>]` makes need-to-know item n an action.",
        };
    }

    /// <summary>The findings a proposal started from the puzzle carries, as its background (at most <see cref="Decision.MaxBackgroundLength"/>).</summary>
    public static string Findings(Puzzle puzzle)
    {
        var parts = puzzle.Summary().Where(kv => kv.Value.Count > 0).Select(kv => kv.Key switch
        {
            PuzzleFacet.Agree => "We agree: ",
            PuzzleFacet.Differ => "We differ: ",
            _ => "We would need to know: ",
        } + string.Join("; ", kv.Value) + ".");
        return Excerpt.Of(string.Join(" ", parts), Decision.MaxBackgroundLength);
    }
}
