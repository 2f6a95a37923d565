using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Conversations.Backlog;

/// <summary>
/// Reads the backlog every <see cref="ConversationOptions.BacklogSampleInterval"/> and keeps the last reading for the
/// metrics (collabbot_backlog_*) and the readiness check, so a scrape or a load balancer's probe never queries the
/// database itself. Overloaded means the oldest waiting turn is older than
/// <see cref="ConversationOptions.NotReadyAfterBacklog"/>.
/// </summary>
public sealed class BacklogMonitor : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly IOptions<ConversationOptions> _options;
    private readonly ILogger<BacklogMonitor> _logger;
    private volatile BacklogReading _last = BacklogReading.Empty;
    private bool _overloaded;

    public BacklogMonitor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ConversationOptions> options, CollabMetrics metrics, ILogger<BacklogMonitor> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _options = options;
        _logger = logger;
        metrics.ObserveBacklog(() => _last);
    }

    public BacklogReading Last => _last;

    public bool IsOverloaded => _last.OldestTurn > _options.Value.NotReadyAfterBacklog;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Value.BacklogSampleInterval, _clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Reading the backlog failed; the last reading stands");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Takes a reading now (the loop calls it; tests may too).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var reading = await scope.ServiceProvider.GetRequiredService<IBacklogProbe>().ReadAsync(_clock.GetUtcNow(), cancellationToken);
        var overloaded = reading.OldestTurn > _options.Value.NotReadyAfterBacklog;
        if (overloaded != _overloaded)
        {
            // Logged before the reading is published, so the log has the change by the time /readyz answers with it.
            _overloaded = overloaded;
            if (overloaded)
            {
                _logger.LogWarning("Overloaded: {Turns} turns wait, the oldest for {Age:N0} s (over {Limit} s); /readyz answers 503 until it drains",
                    reading.TurnsWaiting, reading.OldestTurn.TotalSeconds, _options.Value.NotReadyAfterBacklog.TotalSeconds);
            }
            else
            {
                _logger.LogInformation("Backlog drained: {Turns} turns wait; /readyz answers 200 again", reading.TurnsWaiting);
            }
        }

        _last = reading;
    }
}
