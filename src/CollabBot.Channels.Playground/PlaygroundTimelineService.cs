using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollabBot.Channels.Playground;

/// <summary>
/// Runs the Playground's recurring work as real time passes (Hangfire runs only the work of platforms that live in real
/// time): at start the work that catches up a missed occurrence, then every half minute what fell due meanwhile.
/// </summary>
public sealed class PlaygroundTimelineService(PlaygroundClockAdvancer advancer, TimeProvider clock, ILogger<PlaygroundTimelineService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await advancer.CatchUpAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Running the Playground's due work failed; it is tried again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
