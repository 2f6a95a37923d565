using CollabBot.Conversations.Backlog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollabBot.Host;

/// <summary>Not ready while the oldest waiting turn is older than Conversations:NotReadyAfterBacklog (the monitor's last reading).</summary>
internal sealed class BacklogHealthCheck(BacklogMonitor monitor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = monitor.Last;
        var data = new Dictionary<string, object> { ["turnsWaiting"] = last.TurnsWaiting, ["oldestTurnSeconds"] = Math.Round(last.OldestTurn.TotalSeconds, 1) };
        return Task.FromResult(monitor.IsOverloaded
            ? HealthCheckResult.Unhealthy($"{last.TurnsWaiting} turns wait, the oldest for {last.OldestTurn.TotalSeconds:N0} s.", data: data)
            : HealthCheckResult.Healthy(data: data));
    }
}
