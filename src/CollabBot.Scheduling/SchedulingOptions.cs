using System.ComponentModel.DataAnnotations;

namespace CollabBot.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Hangfire workers per host. Jobs are short and I/O bound; a few per core are enough.</summary>
    [Range(1, 100)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>Set false for a host that serves requests only and runs no jobs.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Basic-auth credential for the dashboard outside Development (both must be set, or it stays closed).</summary>
    public string? DashboardUser { get; set; }

    public string? DashboardPassword { get; set; }
}
