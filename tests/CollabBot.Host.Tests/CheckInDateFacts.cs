using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Skip, pause and away take a real day from today on; anything else is refused with what is wrong.</summary>
[Collection(HostCollection.Name)]
public sealed class CheckInDateFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "dates")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "checkin every monday 09:00");
    }

    [Theory]
    [InlineData("checkin skip 2020-01-01", "2020-01-01 is in the past; choose today")]
    [InlineData("checkin pause until 2020-01-01", "2020-01-01 is in the past; choose today")]
    [InlineData("checkin skip 2027-02-30", "2027-02-30 is not a date: February 2027 has 28 days.")]
    [InlineData("away until 2027-02-30", "2027-02-30 is not a date: February 2027 has 28 days.")]
    [InlineData("checkin skip next monday", "Write dates as YYYY-MM-DD")]
    public async Task A_past_or_impossible_date_is_refused_privately_and_nothing_is_announced(string command, string problem)
    {
        var reply = Assert.Single(await Playground.SayAsync("ana", command));

        Assert.Equal("onlyUser", reply.Visibility());
        Assert.StartsWith(problem, reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_ahead_is_skipped_and_announced()
    {
        var now = await Playground.AdvanceAsync("PT1S");
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var reply = Assert.Single(await Playground.SayAsync("ana", $"checkin skip {day}"));

        Assert.Equal("channel", reply.Visibility());
        Assert.Equal($"No check-in on {day}.", reply.Text());
    }

    [Fact]
    public async Task Each_member_reads_the_check_in_deadline_in_their_own_zone_with_its_name()
    {
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("ben", "timezone me Asia/Tokyo");
        var (_, cursor) = await Playground.OutboxAsync();

        await Playground.AdvanceAsync("P7D");

        var prompts = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal)).ToList();
        var ana = Assert.Single(prompts, m => m!["recipientUserId"]!.GetValue<string>() == "ana")!["card"]!["note"]!.GetValue<string>();
        var ben = Assert.Single(prompts, m => m!["recipientUserId"]!.GetValue<string>() == "ben")!["card"]!["note"]!.GetValue<string>();
        Assert.Matches(@"^You can change your answer until Mon \d+ \w+ \d{4} 09:00 UTC\.", ana);
        Assert.Matches(@"^You can change your answer until Mon \d+ \w+ \d{4} 18:00 Asia/Tokyo\.", ben);
    }
}
