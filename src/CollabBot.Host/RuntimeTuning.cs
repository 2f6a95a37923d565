using CollabBot.Persistence;

namespace CollabBot.Host;

/// <summary>
/// How the host's runtime is tuned, in one place (docs/operations.md, "Runtime tuning"). The settings the runtime reads
/// before <c>Main</c> runs are in <c>CollabBot.Host.csproj</c>, each with its measured reason: the server GC (the web
/// SDK's default, stated there), no instrumented JIT tier (<c>TieredPGO</c> off) and a longer spin of idle thread-pool
/// workers (<c>UnfairSemaphoreSpinLimit</c> 400). The rest is set here, at start-up, before any service runs.
/// </summary>
internal static class RuntimeTuning
{
    /// <summary>Thread-pool workers kept ready on the embedded SQLite default.</summary>
    public const int MinWorkerThreadsOnSqlite = 64;

    public static WebApplicationBuilder TuneRuntime(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.PostgresConnectionString() is null)
        {
            // Microsoft.Data.Sqlite's async methods run synchronously, so a database call holds its thread. The thread
            // pool starts with one thread per core and adds more slowly, so under load HTTP requests would queue behind
            // the turn worker's and the dispatcher's database calls; a higher floor keeps threads ready for them.
            ThreadPool.GetMinThreads(out var workers, out var completionPorts);
            ThreadPool.SetMinThreads(Math.Max(workers, MinWorkerThreadsOnSqlite), completionPorts);
        }

        // Kestrel keeps its default limits: each webhook bounds its own body (Teams:MaxRequestBytes, Slack's signed
        // body cap) and answers 413 in its platform's terms. The server's name is nobody's business.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }
}
