using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollabBot.Persistence;

/// <summary>Ready when the database answers.</summary>
internal sealed class DatabaseHealthCheck(CollabDbContextFactory contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
