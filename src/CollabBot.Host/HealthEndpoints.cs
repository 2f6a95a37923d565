using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CollabBot.Host;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /readyz: the database answers.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
