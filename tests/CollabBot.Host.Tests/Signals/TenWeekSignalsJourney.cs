using CollabBot.Testing;
using Xunit.Abstractions;
using static CollabBot.Host.Tests.Signals.TenWeekCast;

namespace CollabBot.Host.Tests.Signals;

/// <summary>
/// Issue 23: ten weeks of two collaborations in the Playground, with a holiday lull, two members away, a sponsor who
/// joins late, a citizen and one more member who truly fade, and a second team that goes dormant and shares the Friday
/// digest (<see cref="TenWeekCast"/>). The figures are printed to the test output and measured against ground truth.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TenWeekSignalsJourney(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "ten-weeks");
        _app = new CollabBotApp(_database);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Ten_weeks_of_two_teams_measured_against_ground_truth()
    {
        var run = new TenWeekRun(_app.Http());
        await run.RunAsync();
        var figures = new TenWeekFigures(run.Ledger);
        output.WriteLine($"Ten weeks from {run.FirstMonday:yyyy-MM-dd}:");
        output.WriteLine(figures.Report());

        // A per-minute check-in schedule, in a team of its own.
        var reply = await run.SayAsync("scratch", "zed", "start Scratch");
        Assert.NotEmpty(reply);
        var cron = await run.SayAsync("scratch", "zed", "checkin cron \"* * * * *\"");
        var accepted = cron.Any(r => r!["text"]!.GetValue<string>().StartsWith("Check-ins for Scratch", StringComparison.Ordinal));
        output.WriteLine($"per-minute cron refused: {!accepted} ({cron[0]!["text"]})");
        if (accepted)
        {
            var before = run.Ledger.Messages.Count();
            run.Ledger.Day = Days;
            await run.AdvanceAsync("PT1H");
            var inTheHour = run.Ledger.Messages.Count() - before;
            await run.SayAsync("scratch", "zed", "checkin off");
            var atOff = run.Ledger.Messages.Count();
            run.Ledger.Day = Days + 1;
            await run.AdvanceAsync("P1D");
            output.WriteLine($"  messages in the hour after: {inTheHour}; delivered in the day after `checkin off`: {run.Ledger.Messages.Count() - atOff}");
        }

        // The run itself: everyone in the teams was asked to check in, and people and the bot both wrote in the channel.
        Assert.All(People.Where(p => p.Answers > 0), p => Assert.Contains(run.Ledger.Messages, m => m.Recipient == p.Id && m.Text.StartsWith("Time for your check-in", StringComparison.Ordinal)));
        Assert.InRange(figures.HumanChannelPosts, 150, 600);
        Assert.True(figures.BotChannelPosts > 0);
    }
}
