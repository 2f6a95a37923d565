using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Delivery;

/// <summary>Runs the dispatcher for every platform that has a sender, on every host.</summary>
public sealed class OutboxDispatchService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await Task.WhenAll(dispatcher.Platforms.Select(p => dispatcher.DispatchDueAsync(p, stoppingToken)));
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be restarting; nothing is lost, the rows stay due.
                    logger.LogError(ex, "Outbox dispatch round failed; retrying");
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
        finally
        {
            // Also when the host stops in the middle of a round (which gives back its own lanes).
            await GiveBackHandedAsync();
        }
    }

    private async Task GiveBackHandedAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await dispatcher.GiveBackHandedAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Giving back handed-over outbox messages at shutdown failed; their leases will run out");
        }
    }
}
