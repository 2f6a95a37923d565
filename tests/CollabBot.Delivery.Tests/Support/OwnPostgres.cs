using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CollabBot.Delivery.Tests.Support;

/// <summary>
/// A PostgreSQL server of the test's own (initdb + pg_ctl from /usr/lib/postgresql/*/bin, data under /tmp, a free
/// loopback port), so the test may restart it without disturbing anyone else's. As root it runs as the unprivileged
/// user collabci, as .ci/test.sh does (PostgreSQL refuses to run as root).
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private const string User = "collabci";
    private readonly string _bin;
    private readonly string _dir;

    private OwnPostgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5;Command Timeout=10";

    public static async Task<OwnPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL's binaries are not under /usr/lib/postgresql (.ci/test.sh installs them).");
        var dir = Directory.CreateTempSubdirectory("collabbot-own-pg.").FullName;
        if (Environment.UserName == "root")
        {
            await RunAsync("/bin/sh", $"-c \"id -u {User} >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin {User}\"", asUser: false);
            await RunAsync("chown", $"{User} {dir}", asUser: false);
        }

        var server = new OwnPostgres(bin, dir, FreePort());
        await server.PgAsync("initdb", $"-D {dir}/data -U postgres --auth=trust -E UTF8");
        await server.StartServerAsync();
        return server;
    }

    /// <summary>
    /// Stops the server (fast shutdown: clients are disconnected), runs <paramref name="whileDown"/>, waits
    /// <paramref name="down"/>, starts it again.
    /// </summary>
    public async Task RestartAsync(TimeSpan down, Action? whileDown = null)
    {
        await PgAsync("pg_ctl", $"-D {_dir}/data -m fast -w stop");
        whileDown?.Invoke();
        await Task.Delay(down);
        await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", $"-D {_dir}/data -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private Task StartServerAsync() => PgAsync("pg_ctl",
        $"-D {_dir}/data -l {_dir}/server.log -w -t 60 -o \"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300\" start");

    private Task PgAsync(string tool, string arguments) => RunAsync(Path.Combine(_bin, tool), arguments, asUser: true);

    private static async Task RunAsync(string program, string arguments, bool asUser)
    {
        var root = Environment.UserName == "root";
        var start = root && asUser
            ? new ProcessStartInfo("runuser", $"-u {User} -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
