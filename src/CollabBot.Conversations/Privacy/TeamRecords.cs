using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Decisions;
using CollabBot.Conversations.Glossary;
using CollabBot.Conversations.Ideas;
using CollabBot.Conversations.Obstacles;
using CollabBot.Conversations.ProcessMap;
using CollabBot.Conversations.Puzzles;
using CollabBot.Conversations.Retrospectives;
using CollabBot.Domain.Actions;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Glossary;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Obstacles;
using CollabBot.Domain.ProcessMap;
using CollabBot.Domain.Puzzles;
using CollabBot.Domain.Retrospectives;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Privacy;

/// <summary>Everything the convening tools hold for one collaboration, loaded (tracked) in the turn's unit of work.</summary>
public sealed record TeamRecords(
    IReadOnlyList<Decision> Decisions,
    SharedGlossary Glossary,
    IReadOnlyList<Concern> Concerns,
    IReadOnlyList<ProcessMapEntry> Map,
    IReadOnlyList<Puzzle> Puzzles,
    IReadOnlyList<Idea> Ideas,
    IReadOnlyList<ActionItem> Actions,
    IReadOnlyList<Retrospective> Retrospectives)
{
    public static async Task<TeamRecords> LoadAsync(IServiceProvider services, Guid collaborationId, CancellationToken cancellationToken) => new(
        await services.GetRequiredService<IDecisionStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IGlossaryStore>().LoadAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IConcernStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IProcessMapStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IPuzzleStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IIdeaStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IActionStore>().ListAsync(collaborationId, cancellationToken),
        await services.GetRequiredService<IRetrospectiveStore>().ListAsync(collaborationId, cancellationToken));

    /// <summary>Erases one member from every record: anonymous counts stay, their words and their id go.</summary>
    public void Forget(Guid memberId)
    {
        foreach (var decision in Decisions)
        {
            decision.Forget(memberId);
        }

        foreach (var definition in Glossary.Definitions)
        {
            definition.Forget(memberId);
        }

        foreach (var concern in Concerns)
        {
            concern.Forget(memberId);
        }

        foreach (var puzzle in Puzzles)
        {
            puzzle.Forget(memberId);
        }

        foreach (var idea in Ideas)
        {
            idea.Forget(memberId);
        }

        foreach (var action in Actions)
        {
            action.Forget(memberId);
        }
    }
}
