using CollabBot.Host.Tests.Signals;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Issue 27, item 2: `plain on` per member, and `what is` for the bot's own words; the research terms in `help`.</summary>
[Collection(HostCollection.Name)]
public sealed class PlainWordsFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private TeamDriver _team = null!;
    private PlaygroundClient _lab = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "plain");
        _app = new CollabBotApp(_database);
        _team = new TeamDriver(_app.Http());
        _lab = _team.In("lab");
        await _lab.SayAsync("ana", "start Warm Homes");
        await _lab.SayAsync("ana", "join as public");
        await _lab.SayAsync("ben", "join as citizen");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Plain_on_changes_the_bots_words_for_that_member_only()
    {
        Assert.StartsWith("From now on I use everyday words with you", Assert.Single(await _lab.SayAsync("ben", "plain on")).Text());

        Assert.StartsWith("What you get from taking part in Warm Homes:", Assert.Single(await _lab.SayAsync("ben", "me")).Text());
        Assert.StartsWith("Your value chain in Warm Homes:", Assert.Single(await _lab.SayAsync("ana", "me")).Text());
        Assert.Equal("No open concerns. Agreements stand without concerns for now.", Assert.Single(await _lab.SayAsync("ben", "reservations")).Text());
        Assert.Equal("No open reservations. Agreements stand without reservations for now.", Assert.Single(await _lab.SayAsync("ana", "reservations")).Text());

        Assert.StartsWith("Back to the usual words.", Assert.Single(await _lab.SayAsync("ben", "plain off")).Text());
        Assert.StartsWith("Your value chain in Warm Homes:", Assert.Single(await _lab.SayAsync("ben", "me")).Text());
    }

    [Fact]
    public async Task A_member_with_plain_words_is_not_asked_the_value_dimension_at_check_in()
    {
        await _lab.SayAsync("ben", "plain on");
        await _lab.SayAsync("ana", "checkin every monday 09:00");

        await _team.AdvanceToNextAsync(DayOfWeek.Monday, new TimeOnly(9, 30));

        var prompts = (await _team.SinceAsync(0)).Where(m => m.Starts("Time for your check-in")).ToList();
        Assert.DoesNotContain("\"id\":\"dimension\"", prompts.Single(m => m.To() == "ben").CardJson());
        Assert.Contains("How well did the collaboration serve your plan?", prompts.Single(m => m.To() == "ben").CardJson());
        Assert.Contains("\"id\":\"dimension\"", prompts.Single(m => m.To() == "ana").CardJson());
    }

    [Theory]
    [InlineData("what is coupling", "\"coupling\": The research's word for the first network stage, which I call getting started")]
    [InlineData("what is a reservation?", "\"reservation\": Agreeing, but with a concern you want kept.")]
    [InlineData("what is phase", "\"phase\": Where the team is in its work: Understand")]
    [InlineData("what is check-in", "\"check-in\": A short question I send on a schedule")]
    [InlineData("what is network stage", "\"network stage\": How far the team reaches: getting started, working together, reaching out (the research calls these coupling, integration and linking).")]
    public async Task What_is_explains_the_bots_own_words_as_they_are_even_with_plain_words_on(string question, string answer)
    {
        await _lab.SayAsync("ben", "plain on");

        Assert.StartsWith(answer, Assert.Single(await _lab.SayAsync("ben", question)).Text());
    }

    [Fact]
    public async Task Help_names_the_research_terms_and_lists_the_commands_that_show_the_work_reaching_outside()
    {
        var help = Assert.Single(await _lab.SayAsync("ben", "help"));
        Assert.Contains("network stages: coupling, integration, linking", help.CardJson());

        var topic = Labels(Assert.Single(await _lab.SayAsync("ben", "help network")));
        Assert.Equal(["`shared <where>`", "`endorse <what>`", "`adopter <who>`"], topic);
        Assert.Contains("`plain on|off`", Labels(Assert.Single(await _lab.SayAsync("ben", "help privacy"))));
    }

    private static List<string> Labels(System.Text.Json.Nodes.JsonNode? message) =>
        message!["card"]!["facts"]!.AsArray().Select(f => f!["label"]!.GetValue<string>()).ToList();
}
