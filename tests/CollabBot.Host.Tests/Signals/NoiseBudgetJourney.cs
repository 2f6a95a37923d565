using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests.Signals;

/// <summary>Issue 23, point 4: the bot says less, privately where it can, and never celebrates a non-win.</summary>
[Collection(HostCollection.Name)]
public sealed class NoiseBudgetJourney : IAsyncLifetime
{
    private static readonly string[] Team = ["ana", "ben", "chloe", "dev"];
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private TeamDriver _team = null!;
    private PlaygroundClient _lab = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "noise");
        _app = new CollabBotApp(_database);
        _team = new TeamDriver(_app.Http());
        _lab = _team.In("lab");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Acknowledgements_go_to_the_caller_and_what_the_team_must_know_to_the_channel()
    {
        await _lab.SayAsync("ana", "start Warm Homes");
        string[] private_ = ["join as citizen", "assets tenant network", "obstacle no budget yet", "offer access to the tenants' survey"];
        foreach (var command in private_)
        {
            Assert.All(await _lab.SayAsync("ben", command), r => Assert.Equal("onlyUser", r.Visibility()));
        }

        Assert.All(await _lab.SayAsync("ana", "role @Ben facilitator"), r => Assert.Equal("onlyUser", r.Visibility()));
        Assert.All(await _lab.SayAsync("ana", "map @Ben ideate lead"), r => Assert.Equal("onlyUser", r.Visibility()));
        Assert.Equal("channel", Assert.Single(await _lab.SayAsync("ana", "phase next confirm")).Visibility());
        Assert.Equal("channel", Assert.Single(await _lab.SayAsync("ana", "checkin every monday 09:00")).Visibility());
        var breakUntil = (await _team.NowAsync()).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("channel", Assert.Single(await _lab.SayAsync("ana", $"pause team until {breakUntil}")).Visibility());
        Assert.StartsWith("Tell me the last day of the break", Assert.Single(await _lab.SayAsync("ana", "pause team until 2099-01-01")).Text());
        Assert.StartsWith("Only a convener can pause the team.", Assert.Single(await _lab.SayAsync("ben", "pause team off")).Text());
    }

    [Fact]
    public async Task A_cycle_s_wins_come_in_one_post_and_nothing_to_report_is_thanked_and_never_celebrated()
    {
        await SetUpAsync();
        await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(9, 30), () => _team.ChatAsync("lab", Team));
        var cursor = await _team.CursorAsync();
        var prompts = (await _team.SinceAsync(0)).Where(m => m.Starts("Time for your check-in")).ToList();
        Assert.DoesNotContain("\"required\":true", prompts[0].CardJson().Split("\"id\":\"rating\"")[0]); // the win is optional

        await AnswerAsync(prompts, "ben", new { win = "the survey went out", rating = "4" });
        await AnswerAsync(prompts, "chloe", new { win = "met the housing team", rating = "3" });
        var nothing = await AnswerAsync(prompts, "dev", new { rating = "3", obstacle = "the rent discussion worried me" });
        Assert.StartsWith("Thank you, Dev: your check-in is in, nothing to report this time, rated 3/5.", nothing[0]!.Text());
        await _team.AdvanceAsync(TimeSpan.FromDays(2));

        var channel = (await _team.SinceAsync(cursor)).Where(m => m.Visibility() == "channel").ToList();
        var roundUp = Assert.Single(channel, m => m.Starts("🎉"));
        Assert.Equal("🎉 Small wins: \n• Ben: the survey went out\n• Chloe: met the housing team", roundUp.Text());
        Assert.DoesNotContain(channel, m => m.Text().Contains("Dev", StringComparison.Ordinal) || m.Text().Contains("rent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_a_phase_lacks_is_told_at_most_once_in_two_weeks()
    {
        await SetUpAsync();
        var monday = await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(9, 30), () => _team.ChatAsync("lab", Team));

        await _team.AdvanceToAsync(monday.AddDays(21), () => _team.ChatAsync("lab", Team));

        // Four weekly check-ins, the phase still lacking the same: told at the first and the third.
        var lacks = (await _team.SinceAsync(0)).Where(m => m.Starts("Ideate still lacks")).ToList();
        Assert.Equal(2, lacks.Count);
        Assert.All(lacks, m => Assert.Equal("channel", m.Visibility()));
    }

    [Fact]
    public async Task Over_its_weekly_budget_the_bot_stays_quiet_in_the_channel_and_the_wins_wait_for_room()
    {
        await SetUpAsync();
        Assert.StartsWith("Done: at most 1 posts of my own", Assert.Single(await _lab.SayAsync("ana", "budget 1")).Text());
        Assert.StartsWith("Only a convener", Assert.Single(await _lab.SayAsync("ben", "budget 5")).Text());
        var monday = await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(9, 30), () => _team.ChatAsync("lab", Team));
        var cursor = await _team.CursorAsync();
        var prompts = (await _team.SinceAsync(0)).Where(m => m.Starts("Time for your check-in")).ToList();
        await AnswerAsync(prompts, "ben", new { win = "the survey went out", rating = "4" });

        // The week's one post went to what the phase lacks (at the check-in); the round-up of wins waits a week.
        await _team.AdvanceToAsync(monday.AddDays(6), () => _team.ChatAsync("lab", Team));
        Assert.Contains("1 so far", Assert.Single(await _lab.SayAsync("ben", "budget")).Text());
        await _team.AdvanceToAsync(monday.AddDays(7), () => _team.ChatAsync("lab", Team));
        Assert.DoesNotContain(await _team.SinceAsync(cursor), m => m.Visibility() == "channel");
        await _team.AdvanceToAsync(monday.AddDays(9), () => _team.ChatAsync("lab", Team));
        var roundUp = Assert.Single(await _team.SinceAsync(cursor), m => m.Visibility() == "channel");
        Assert.Equal("🎉 A small win from Ben: the survey went out", roundUp.Text());
    }

    private async Task SetUpAsync()
    {
        await _lab.SayAsync("ana", "start Warm Homes");
        foreach (var (member, sector) in Team.Zip(["public", "citizen", "ngo", "knowledge"]))
        {
            await _lab.SayAsync(member, $"join as {sector}");
            await _lab.SayAsync(member, "celebrate yes");
        }

        await _lab.SayAsync("ana", "phase next confirm");
        await _lab.SayAsync("ana", "checkin every monday 09:00");
    }

    private async Task<JsonArray> AnswerAsync(List<JsonNode> prompts, string member, object values)
    {
        var card = prompts.Last(m => m.To() == member);
        return await _lab.ClickAsync(member, card.Id(), "checkin-answer", values);
    }
}
