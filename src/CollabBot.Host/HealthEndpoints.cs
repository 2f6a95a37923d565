using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CollabBot.Host;

internal static class HealthEndpoints
{
    /// <summary>Besides the database (registered with it), /readyz checks the backlog.</summary>
    public static IServiceCollection AddBacklogReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<BacklogHealthCheck>("backlog", tags: ["ready"]);
        return services;
    }

    /// <summary>/healthz: the process is alive. /readyz: the database answers and the backlog is young enough.</summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
