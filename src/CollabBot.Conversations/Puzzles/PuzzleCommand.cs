using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Decisions;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;
using CollabBot.Domain.Puzzles;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Puzzles;

/// <summary>
/// <c>puzzle &lt;statement&gt;</c>, <c>puzzle answer &lt;id&gt; agree|differ|know &lt;text&gt;</c>, <c>puzzle close &lt;id&gt;</c>; once
/// closed, <c>puzzle propose &lt;id&gt; &lt;proposal&gt;</c> starts a proposal carrying its findings and <c>puzzle action &lt;id&gt;
/// &lt;n&gt;</c> makes need-to-know item n an action (issue 28, point 3).
/// </summary>
public sealed class PuzzleCommand : IBotCommand
{
    public string Name => "puzzle";
    public string Usage => "puzzle <statement> | puzzle answer <id> agree|differ|know <text> | puzzle close <id> | puzzle propose <id> <proposal> | puzzle action <id> <n> [owner @member] [due <date>]";
    public string Summary => "Reframe a disagreement as a joint puzzle; collect anonymous answers; post the summary; build a proposal or actions on it.";

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
        if (verb is "answer" or "close" or "propose" or "action")
        {
            var (number, text) = ShortNumber.Read(rest);
            if (number is null || await store.FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } puzzle)
            {
                context.Refuse($"Which puzzle? Write `puzzle {verb} <id>` with the number on its card.");
                return;
            }

            if (verb is "propose" or "action")
            {
                if (puzzle.IsOpen)
                {
                    context.Refuse($"Close joint puzzle {puzzle.Number} first (`puzzle close {puzzle.Number}`): its summary is what the {verb} builds on.");
                    return;
                }

                await (verb == "propose" ? ProposeAsync(context, caller, puzzle, text, cancellationToken) : ActionAsync(context, caller, puzzle, text, cancellationToken));
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

    private static async Task ProposeAsync(CommandContext context, Member caller, Puzzle puzzle, string text, CancellationToken cancellationToken)
    {
        var reading = ProposalStart.Read(text, context.Now, context.Zone);
        if (reading.Error is not null || reading.Text.Length == 0)
        {
            context.Refuse(reading.Error ?? $"Write the proposal: `puzzle propose {puzzle.Number} <what we decide> [closes 3d]`; it carries what the puzzle found.");
            return;
        }

        await ProposalStart.ProposeAsync(context, caller, reading, new ProposalTerms(FromPuzzle: puzzle.Number, Background: PuzzleCard.Findings(puzzle)), cancellationToken);
    }

    private static async Task ActionAsync(CommandContext context, Member caller, Puzzle puzzle, string text, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        var know = puzzle.Summary()[PuzzleFacet.Know];
        var (item, rest) = ShortNumber.Read(text);
        if (item is not { } n || n < 1 || n > know.Count)
        {
            context.Refuse(know.Count == 0
                ? $"Joint puzzle {puzzle.Number} found nothing we would need to know."
                : $"Which item? Write `puzzle action {puzzle.Number} <n>` with n from 1 to {know.Count}, as numbered under \"{PuzzleCard.Question(PuzzleFacet.Know)}\".");
            return;
        }

        var today = ActionText.Today(collaboration, context.Now);
        var request = ActionRequest.Read(rest, collaboration, context.Turn.Mentions, today);
        if (request.Error is not null || request.Text.Length > 0)
        {
            context.Refuse(request.Error ?? $"After the item number, only `owner @member` and `due <date>` may follow, e.g. `puzzle action {puzzle.Number} {n} owner @ben due friday`.");
            return;
        }

        var store = context.Services.GetRequiredService<IActionStore>();
        var wording = know[n - 1];
        if ((await store.ListAsync(collaboration.Id, cancellationToken)).FirstOrDefault(a => a.FromPuzzle == puzzle.Number && a.Text == wording) is { } existing)
        {
            context.Refuse($"That is action {existing.Number} already. `actions` lists them.");
            return;
        }

        var action = ActionItem.Note(collaboration.Id, await store.NextNumberAsync(collaboration.Id, cancellationToken), wording, caller.Id, request.Owner?.Id, request.Due,
            collaboration.CurrentPhase, today, context.Now, fromPuzzle: puzzle.Number);
        store.Add(action);
        ActionCommand.Confirm(context, caller, action, request.Owner, $"From joint puzzle {puzzle.Number}, action {action.Number} is noted:");
    }
}
