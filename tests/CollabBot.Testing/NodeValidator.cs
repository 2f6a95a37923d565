using System.Diagnostics;

namespace CollabBot.Testing;

/// <summary>
/// Runs tests/js-validation/validate.mjs (Microsoft's adaptivecards and @microsoft/app-manifest) with Node: a Teams
/// app manifest and a directory of Adaptive Cards, or the cards alone.
/// </summary>
public static class NodeValidator
{
    public static string JsDirectory => Repository.PathTo("tests", "js-validation");

    public static async Task<(int ExitCode, string Output)> RunAsync(string manifestPath, string cardsDirectory)
    {
        if (!Directory.Exists(Path.Combine(JsDirectory, "node_modules")))
        {
            var install = await ExecAsync("npm", "ci --no-audit --no-fund", JsDirectory);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci failed in tests/js-validation:\n" + install.Output);
            }
        }

        return await ExecAsync("node", $"validate.mjs \"{manifestPath}\" \"{cardsDirectory}\"", JsDirectory);
    }

    /// <summary>Validates only the Adaptive Cards (*.json) in <paramref name="cardsDirectory"/>.</summary>
    public static Task<(int ExitCode, string Output)> RunCardsAsync(string cardsDirectory) => RunAsync("-", cardsDirectory);

    private static async Task<(int ExitCode, string Output)> ExecAsync(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
