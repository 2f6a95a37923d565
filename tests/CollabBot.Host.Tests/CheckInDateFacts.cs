using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Skip, pause and away take a real day from today on; anything else is refused with what is wrong.</summary>
[Collection(HostCollection.Name)]
public sealed class CheckInDateFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "dates");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.SayAsync("ana", "checkin every monday 09:00");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("checkin skip 2020-01-01", "2020-01-01 is in the past; choose today")]
    [InlineData("checkin pause until 2020-01-01", "2020-01-01 is in the past; choose today")]
    [InlineData("checkin skip 2027-02-30", "2027-02-30 is not a date: February 2027 has 28 days.")]
    [InlineData("away until 2027-02-30", "2027-02-30 is not a date: February 2027 has 28 days.")]
    [InlineData("checkin skip next monday", "Write dates as YYYY-MM-DD")]
    public async Task A_past_or_impossible_date_is_refused_privately_and_nothing_is_announced(string command, string problem)
    {
        var reply = Assert.Single(await _playground.SayAsync("ana", command));

        Assert.Equal("onlyUser", reply.Visibility());
        Assert.StartsWith(problem, reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_ahead_is_skipped_and_announced()
    {
        var now = await _playground.AdvanceAsync("PT1S");
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var reply = Assert.Single(await _playground.SayAsync("ana", $"checkin skip {day}"));

        Assert.Equal("channel", reply.Visibility());
        Assert.Equal($"No check-in on {day}.", reply.Text());
    }

    [Fact]
    public async Task Each_member_reads_the_check_in_deadline_in_their_own_zone_with_its_name()
    {
        await _playground.SayAsync("ben", "join as citizen");
        await _playground.SayAsync("ben", "timezone me Asia/Tokyo");
        var (_, cursor) = await _playground.OutboxAsync();

        await _playground.AdvanceAsync("P7D");

        var prompts = (await _playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal)).ToList();
        var ana = Assert.Single(prompts, m => m!["recipientUserId"]!.GetValue<string>() == "ana")!["card"]!["note"]!.GetValue<string>();
        var ben = Assert.Single(prompts, m => m!["recipientUserId"]!.GetValue<string>() == "ben")!["card"]!["note"]!.GetValue<string>();
        Assert.Matches(@"^You can change your answer until Mon \d+ \w+ \d{4} 09:00 UTC\.", ana);
        Assert.Matches(@"^You can change your answer until Mon \d+ \w+ \d{4} 18:00 Asia/Tokyo\.", ben);
    }
}
