using CollabBot.Conversations.Commands;
using CollabBot.Domain.Members;
using CollabBot.Domain.Puzzles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Puzzles;

/// <summary><c>puzzle &lt;statement&gt;</c>, <c>puzzle answer &lt;id&gt; agree|differ|know &lt;text&gt;</c>, <c>puzzle close &lt;id&gt;</c>.</summary>
public sealed class PuzzleCommand : IBotCommand
{
    public string Name => "puzzle";
    public string Usage => "puzzle <statement> | puzzle answer <id> agree|differ|know <text> | puzzle close <id>";
    public string Summary => "Reframe a disagreement as a joint puzzle; collect anonymous answers; post the summary.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`.");
            return;
        }

        var store = context.Services.GetRequiredService<IPuzzleStore>();
        var (verb, rest) = CommandText.Split(arguments);
        if (verb is "answer" or "close")
        {
            var (number, text) = ShortNumber.Read(rest);
            if (number is null || await store.FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } puzzle)
            {
                context.Refuse($"Which puzzle? Write `puzzle {verb} <id>` with the number on its card.");
                return;
            }

            if (verb == "close")
            {
                puzzle.Close(caller.Id, caller.Holds(Role.Convener), context.Now);
                context.ReplyToChannel($"Joint puzzle {puzzle.Number}: what we found.", PuzzleCard.Summary(puzzle));
                return;
            }

            var (facetWord, answer) = CommandText.Split(text);
            if (!Enum.TryParse<PuzzleFacet>(facetWord, ignoreCase: true, out var facet) || !Enum.IsDefined(facet))
            {
                context.Refuse($"Say which question you answer: `puzzle answer {puzzle.Number} agree|differ|know <your answer>`.");
                return;
            }

            puzzle.Answer(caller.Id, facet, answer, context.Now);
            context.ReplyToCaller($"Thanks, your answer to \"{PuzzleCard.Question(facet)}\" is in. It will be shown without your name.");
            return;
        }

        var posed = Puzzle.Pose(collaboration.Id, await store.NextNumberAsync(collaboration.Id, cancellationToken), arguments, caller.Id, context.Now);
        store.Add(posed);
        context.ReplyToChannel($"Joint puzzle {posed.Number}: {posed.Statement}", PuzzleCard.For(posed));
    }
}
