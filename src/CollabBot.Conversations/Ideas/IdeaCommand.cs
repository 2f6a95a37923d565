using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Decisions;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Participation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Ideas;

/// <summary>
/// <c>idea &lt;text&gt;</c> records an idea with its author and sector; <c>idea tag &lt;id&gt; &lt;tags&gt;</c> tags one;
/// <c>idea promote &lt;id&gt;</c> puts one to a consent decision that names it. The acknowledgement goes to the caller
/// only: the team reads ideas with `ideas`.
/// </summary>
public sealed class IdeaCommand : IBotCommand
{
    public string Name => "idea";
    public string Usage => "idea <text> | idea tag <id> <tags> | idea promote <id> [substantive|logistics] [closes <when>]";
    public string Summary => "Share an idea (with your sector); tag one; turn one into a proposal.";

    public async Task ExecuteAsync(CommandContext context, string arguments, CancellationToken cancellationToken)
    {
        var collaboration = context.RequiredCollaboration;
        if (context.Caller is not { } caller)
        {
            context.Refuse("Join first with `join as <sector>`; then your ideas count with your sector.");
            return;
        }

        var store = context.Services.GetRequiredService<IIdeaStore>();
        var (verb, rest) = CommandText.Split(arguments);
        var (number, remainder) = ShortNumber.Read(rest);
        if (verb is "promote" or "tag" && number is null)
        {
            context.Refuse($"Which idea? Write `idea {verb} <id>{(verb == "tag" ? " <tags>" : "")}` with the number from `ideas`.");
            return;
        }

        if (verb is "tag" or "promote" && number is not null)
        {
            if (await store.FindAsync(collaboration.Id, number.Value, cancellationToken) is not { } idea)
            {
                context.Refuse($"There is no idea {number}. `ideas` lists them.");
                return;
            }

            if (verb == "tag")
            {
                var added = idea.Tag([remainder]);
                context.ReplyToCaller(added.Count == 0
                    ? $"Idea {idea.Number} already has those tags."
                    : $"Idea {idea.Number} is tagged {string.Join(" ", idea.Tags.Select(t => "#" + t))}.");
                return;
            }

            await PromoteAsync(context, idea, remainder, cancellationToken);
            return;
        }

        var posted = Idea.Post(collaboration.Id, await store.NextNumberAsync(collaboration.Id, cancellationToken), arguments, caller, collaboration.CurrentPhase, context.Now);
        store.Add(posted);
        context.Signal(caller, ParticipationKind.Idea);
        context.ReplyToCaller($"Idea {posted.Number} is noted. Others can support it with `+1 {posted.Number}`; `ideas` shows them all.");
    }

    private static async Task PromoteAsync(CommandContext context, Idea idea, string rest, CancellationToken cancellationToken)
    {
        if (idea.ProposalNumber is { } already)
        {
            context.Refuse($"Idea {idea.Number} is already proposal {already}.");
            return;
        }

        var reading = ProposalStart.Read(rest, context.Now, context.Zone);
        if (reading.Error is not null || reading.Text.Length > 0)
        {
            context.Refuse(reading.Error ?? $"Write `idea promote {idea.Number}`, optionally with `substantive` or `logistics` and `closes 3d`; the proposal is the idea's text.");
            return;
        }

        var decision = await ProposalStart.ProposeAsync(context, context.Caller!, reading with { Text = idea.Text }, new(FromIdea: idea.Number), cancellationToken);
        idea.Promote(decision.Number);
    }
}
