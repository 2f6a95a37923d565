using CollabBot.Conversations.Delivery;
using CollabBot.Conversations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations;

/// <summary>Handles turns that adapters accepted durably and acknowledged before the work was done.</summary>
public sealed class TurnInboxService(
    IServiceScopeFactory scopes, ConversationEngine engine, TurnInboxSignal signal, OutboxSignal outboxSignal, IOptions<ConversationOptions> options, ILogger<TurnInboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Turn inbox round failed; the turns stay in the inbox and are retried");
            }

            await signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
        }
    }

    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<ITurnInbox>();
            var claimed = await inbox.ClaimAsync(100, options.Value.InboxLease, cancellationToken);
            if (claimed.Count == 0)
            {
                return;
            }

            foreach (var (id, turn) in claimed)
            {
                // The engine's handled-turn record makes a second run of the same turn a no-op.
                await engine.HandleAsync(turn, cancellationToken);
                await inbox.CompleteAsync(id, cancellationToken);
            }

            outboxSignal.Notify();
        }
    }
}
