using System.Diagnostics;
using CollabBot.Testing;

namespace CollabBot.Operations.Tests;

/// <summary>What an operator reads when the host starts: a bad setting in one line, and whether each channel is on.</summary>
[Collection(ProcessCollection.Name)]
public sealed class StartupFacts
{
    [Theory]
    [InlineData("Outbox__MaxAttempts", "0", "Invalid setting Outbox:MaxAttempts: The field MaxAttempts must be between 1 and 100.")]
    [InlineData("Outbox__PollInterval", "soon", "Invalid setting Outbox:PollInterval: \"soon\" is not a duration such as 00:00:30.")]
    [InlineData("Conversations__DefaultTimeZone", "Mars/Base", "Invalid setting: Conversations:DefaultTimeZone is not a time zone I know: use an IANA id")]
    public async Task An_invalid_setting_stops_the_host_with_one_line_naming_it_and_exit_code_1(string key, string value, string line)
    {
        var work = Directory.CreateTempSubdirectory("collabbot-startup-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostProcess.HostAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        work.Delete(recursive: true);

        Assert.Equal(1, process.ExitCode);
        var written = ((await output) + (await errors)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var problem = Assert.Single(written, l => l.StartsWith("CollabBot did not start.", StringComparison.Ordinal));
        Assert.StartsWith($"CollabBot did not start. {line}", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(written, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_says_in_one_line_each_whether_Slack_Teams_and_the_Playground_are_on()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "startup");
        var settings = database.HostSettings().ToDictionary();
        settings["Slack:SigningSecret"] = "startup-test-secret";
        settings["Slack:BotToken"] = "test-token-startup";
        settings["Playground:Enabled"] = "true";
        await using var host = await HostProcess.StartAsync(settings);

        string[] said = ["Slack: ", "Teams: ", "Playground: "];
        Assert.True(await Eventually.TrueAsync(() => said.All(s => host.Output.Any(l => l.Contains(s, StringComparison.Ordinal))), TimeSpan.FromSeconds(30)),
            string.Join("\n", host.Output));
        var lines = host.Output;
        Assert.All(said, s => Assert.Single(lines, l => l.Contains(s, StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("Slack: on, one workspace (Slack:BotToken)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Teams: off (set MicrosoftAppId and MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Playground: on at /playground", StringComparison.Ordinal));
    }
}
