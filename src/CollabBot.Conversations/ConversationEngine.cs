using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations;

/// <summary>
/// Handles one neutral turn: routes it, then commits domain changes, the turn's record (<see cref="TurnRecord"/>) and
/// the replies (outbox rows) in one unit of work. A turn seen before has no effect. A turn sees its platform's time
/// (<see cref="DomainClock"/>): real time on Slack and Teams, the virtual clock in the Playground.
/// </summary>
public sealed class ConversationEngine(IServiceScopeFactory scopes, DomainClock clock, CollabMetrics metrics, ILogger<ConversationEngine> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// Handles a turn whose platform waits for the answer (the Playground, Teams card actions). A turn that fails for a
    /// reason other than the database being away is recorded as handled with a notice to the person, so they get a clear
    /// answer instead of a server error and a retry does not fail again.
    /// </summary>
    public async Task<TurnResult> HandleAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            return await HandleAsync(turn, new TurnRecord(turn.DedupKey), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !TurnFailures.IsTransient(ex))
        {
            logger.LogError(ex, "Turn {DedupKey} on {Platform} failed; the person is told it could not be handled", turn.DedupKey, turn.Where.Platform);
            return await CommitNoticeAsync(TurnInput.Clean(turn), cancellationToken);
        }
    }

    /// <summary>Handles a turn claimed from the inbox row <paramref name="inboxId"/>: its commit also completes the row.</summary>
    public Task<TurnResult> HandleAsync(InboundTurn turn, long inboxId, CancellationToken cancellationToken) =>
        HandleAsync(turn, new TurnRecord(turn.DedupKey, inboxId), cancellationToken);

    private async Task<TurnResult> HandleAsync(InboundTurn turn, TurnRecord record, CancellationToken cancellationToken)
    {
        using var correlation = logger.BeginCorrelationScope(turn.CorrelationId);
        turn = TurnInput.Clean(turn);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleOnceAsync(turn, record, cancellationToken);
            }
            catch (TurnHandledBeforeException)
            {
                return Repeat(turn);
            }
            catch (DuplicateWriteException) when (attempt < MaxAttempts)
            {
                // Nothing of this turn was committed: a concurrent turn stored something this one also adds (the workspace
                // both saw for the first time), and the next attempt runs it on what is stored now.
            }
        }
    }

    private async Task<TurnResult> HandleOnceAsync(InboundTurn turn, TurnRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var store = services.GetRequiredService<ICollaborationStore>();
        if (!await unitOfWork.BeginTurnAsync(record, cancellationToken))
        {
            return Repeat(turn);
        }

        var workspace = await store.GetOrAddWorkspaceAsync(turn.Where.Platform, turn.Where.WorkspaceId, cancellationToken);
        var collaboration = await store.FindByChannelAsync(workspace.Id, turn.Where.ConversationId, cancellationToken);
        var context = new CommandContext(turn, workspace, collaboration, store, clock.Now(turn.Where.Platform), services) { Record = record };
        try
        {
            await services.GetRequiredService<TurnRouter>().RouteAsync(context, cancellationToken);
        }
        catch (CommandRefused)
        {
            // The refusal is already among the replies; drop whatever the command changed before it was refused.
            await using var cleanScope = scopes.CreateAsyncScope();
            var clean = cleanScope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            return await clean.BeginTurnAsync(record, cancellationToken) ? Counted(await CommitAsync(clean, context, cancellationToken), turn) : Repeat(turn);
        }

        return Counted(await CommitAsync(unitOfWork, context, cancellationToken), turn);
    }

    /// <summary>A turn counts as handled once its commit went through: one that is run again (a conflict, a lost lease) counts once.</summary>
    private TurnResult Counted(TurnResult result, InboundTurn turn)
    {
        metrics.Turn(turn.Where.Platform, repeat: false);
        return result;
    }

    private static async Task<TurnResult> CommitAsync(IUnitOfWork unitOfWork, CommandContext context, CancellationToken cancellationToken)
    {
        // Each reply carries the way back to the person that the turn came with, where it may travel that way.
        var replies = TurnOrigin.CarriedOnto(context.Turn, context.Replies);
        foreach (var message in replies)
        {
            var reply = message with { CorrelationId = context.Turn.CorrelationId };
            if (context.HasOwnKey(message))
            {
                unitOfWork.AddReply(reply);
            }
            else
            {
                await unitOfWork.EnqueueAsync(reply, cancellationToken);
            }
        }

        return new TurnResult(false, await unitOfWork.CommitAsync(cancellationToken), InlineAnswer(replies), context.WasRefused);
    }

    private async Task<TurnResult> CommitNoticeAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var record = new TurnRecord(turn.DedupKey);
        if (!await unitOfWork.BeginTurnAsync(record, cancellationToken))
        {
            return TurnResult.Repeat;
        }

        var notice = TurnFailures.Notice(turn, record);
        if (notice is not null)
        {
            unitOfWork.AddReply(notice);
        }

        try
        {
            return new TurnResult(false, await unitOfWork.CommitAsync(cancellationToken), InlineAnswer(notice is null ? [] : [notice]));
        }
        catch (TurnHandledBeforeException)
        {
            return TurnResult.Repeat;
        }
    }

    /// <summary>The reply that goes back on the turn's own request, when the platform waits for it.</summary>
    private static OutboxEntry? InlineAnswer(IEnumerable<OutboxEntry> replies) => replies.FirstOrDefault(r => r.Origin is TurnOrigin.InlineAnswer);

    private TurnResult Repeat(InboundTurn turn)
    {
        logger.LogInformation("Turn {DedupKey} on {Platform} was handled before; ignored", turn.DedupKey, turn.Where.Platform);
        metrics.Turn(turn.Where.Platform, repeat: true);
        return TurnResult.Repeat;
    }
}
