using CollabBot.Conversations.Hosting;
using CollabBot.Conversations.Scheduling;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CollabBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire: in-memory storage by default, PostgreSQL (schema prepared at start-up) when
    /// <paramref name="postgresConnectionString"/> is given, so that several hosts share one set of jobs.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, string? postgresConnectionString)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !IsBlank(o.DashboardUser), "Scheduling:DashboardUser is only whitespace: set the real value, or remove the setting.")
            .Validate(o => !IsBlank(o.DashboardPassword), "Scheduling:DashboardPassword is only whitespace: set a real password, or remove the setting.")
            .ValidateOnStart();
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (postgresConnectionString is null)
            {
                config.UseInMemoryStorage();
            }
            else
            {
                // Sliding invisibility: a running job keeps its claim while its host is alive, and the job of a host
                // that died is offered to another host after five minutes instead of Hangfire's default half hour.
                // Long polling (LISTEN/NOTIFY) wakes every host's idle workers when a job is enqueued, instead of each
                // worker looking again only every 15 seconds: a prompt due now starts now, on whichever host is free.
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(postgresConnectionString), new PostgreSqlStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    SchemaName = "hangfire",
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    EnableLongPolling = true,
                });
            }
        });

        var options = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        if (options.RunServer)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.WorkerCount;
                server.Queues = ["sends", RecurringWork.ScansQueue, "default"];
            });
        }

        services.AddSingleton<RecurringWorkJob>();
        services.AddSingleton<IScheduleRegistry, HangfireScheduleRegistry>();
        services.AddSingleton<RecurringJobRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<RecurringJobRegistrar>());
        return services;
    }

    private static bool IsBlank(string? value) => value is { Length: > 0 } && string.IsNullOrWhiteSpace(value);

    /// <summary>The dashboard at /hangfire; read-only except in Development for a request straight from this machine.</summary>
    public static IEndpointConventionBuilder MapSchedulingDashboard(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        return endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAccess(environment.IsDevelopment(), options.DashboardUser, options.DashboardPassword)],
            IsReadOnlyFunc = context => !environment.IsDevelopment() || !LocalRequests.IsDirectFromThisMachine(context.GetHttpContext()),
            DisplayStorageConnectionString = false,
        }).RefuseMalformedRequests("/hangfire");
    }
}
