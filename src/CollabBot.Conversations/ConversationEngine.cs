using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Time;
using CollabBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations;

/// <summary>
/// Handles one neutral turn: routes it, then commits domain changes, the handled-turn record and the
/// replies (outbox rows) in one unit of work. A turn seen before has no effect. A turn sees its platform's time
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
            return await HandleAsync(turn, inbox: null, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !TurnFailures.IsTransient(ex))
        {
            logger.LogError(ex, "Turn {DedupKey} on {Platform} failed; the person is told it could not be handled", turn.DedupKey, turn.Where.Platform);
            return await CommitNoticeAsync(TurnInput.Clean(turn), cancellationToken);
        }
    }

    /// <summary>
    /// Handles a turn claimed from the inbox (<paramref name="inbox"/>): its commit also completes the inbox row. With
    /// <see cref="InboxClaim.CheckedUnhandled"/> the claim found the turn unhandled just before (it checks its whole
    /// batch in one query), so the first attempt does not ask again; a retry always does.
    /// </summary>
    public async Task<TurnResult> HandleAsync(InboundTurn turn, InboxClaim? inbox, CancellationToken cancellationToken)
    {
        using var correlation = logger.BeginCorrelationScope(turn.CorrelationId);
        turn = TurnInput.Clean(turn);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleOnceAsync(turn, attempt == 1 ? inbox : inbox?.Unchecked(), cancellationToken);
            }
            catch (DuplicateWriteException) when (attempt < MaxAttempts)
            {
                // Nothing of this turn was committed. Either another host or a concurrent delivery handled it first (the
                // next attempt finds it handled), or a concurrent turn stored something this one also adds (the workspace
                // both saw for the first time) and the next attempt runs it on what is stored now.
            }
        }
    }

    private async Task<TurnResult> HandleOnceAsync(InboundTurn turn, InboxClaim? inbox, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var store = services.GetRequiredService<ICollaborationStore>();
        if (!await TryMarkHandledAsync(unitOfWork, turn, inbox, cancellationToken))
        {
            logger.LogInformation("Turn {DedupKey} on {Platform} was handled before; ignored", turn.DedupKey, turn.Where.Platform);
            metrics.Turn(turn.Where.Platform, repeat: true);
            return TurnResult.Repeat;
        }

        metrics.Turn(turn.Where.Platform, repeat: false);
        var workspace = await store.GetOrAddWorkspaceAsync(turn.Where.Platform, turn.Where.WorkspaceId, cancellationToken);
        var collaboration = await store.FindByChannelAsync(workspace.Id, turn.Where.ConversationId, cancellationToken);
        var context = new CommandContext(turn, workspace, collaboration, store, clock.Now(turn.Where.Platform), services) { InboxId = inbox?.Id };
        try
        {
            await services.GetRequiredService<TurnRouter>().RouteAsync(context, cancellationToken);
        }
        catch (CommandRefused)
        {
            // The refusal is already among the replies; drop whatever the command changed before it was refused.
            await using var cleanScope = scopes.CreateAsyncScope();
            return await CommitRepliesOnlyAsync(cleanScope.ServiceProvider.GetRequiredService<IUnitOfWork>(), turn, inbox?.Unchecked(), context, cancellationToken);
        }

        return await CommitAsync(unitOfWork, context, cancellationToken);
    }

    private static async Task<TurnResult> CommitAsync(IUnitOfWork unitOfWork, CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var reply in context.Replies)
        {
            await unitOfWork.EnqueueAsync(reply with { CorrelationId = context.Turn.CorrelationId }, cancellationToken);
        }

        return new TurnResult(false, await unitOfWork.CommitAsync(cancellationToken), context.WasRefused);
    }

    private static async Task<TurnResult> CommitRepliesOnlyAsync(
        IUnitOfWork unitOfWork, InboundTurn turn, InboxClaim? inbox, CommandContext context, CancellationToken cancellationToken)
    {
        if (!await TryMarkHandledAsync(unitOfWork, turn, inbox, cancellationToken))
        {
            return TurnResult.Repeat;
        }

        return await CommitAsync(unitOfWork, context, cancellationToken);
    }

    private async Task<TurnResult> CommitNoticeAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        if (!await unitOfWork.TryMarkTurnHandledAsync(turn.DedupKey, cancellationToken))
        {
            return TurnResult.Repeat;
        }

        if (TurnFailures.Notice(turn, inboxId: null) is { } notice)
        {
            await unitOfWork.EnqueueAsync(notice, cancellationToken);
        }

        return new TurnResult(false, await unitOfWork.CommitAsync(cancellationToken));
    }

    private static Task<bool> TryMarkHandledAsync(IUnitOfWork unitOfWork, InboundTurn turn, InboxClaim? inbox, CancellationToken cancellationToken) =>
        inbox is { } claim
            ? unitOfWork.TryMarkInboxTurnHandledAsync(turn.DedupKey, claim.Id, claim.CheckedUnhandled, cancellationToken)
            : unitOfWork.TryMarkTurnHandledAsync(turn.DedupKey, cancellationToken);
}
