using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Testing;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// <c>export</c> on Slack reaches the fake Web API as a real file: files.getUploadURLExternal (form fields), the
/// bytes at the upload URL, files.completeUploadExternal into the member's direct message.
/// </summary>
[Collection(SlackHostCollection.Name)]
public abstract class SlackExportJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Team = "T00FAKE00BB";
    private const string Channel = "CEXPORT";
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "slack-export");
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Export_uploads_the_members_own_data_as_a_JSON_file_to_their_direct_message()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();
        await SayAsync(http, "U0ANA", "start Warm Homes");
        await SayAsync(http, "U0ZOE", "join as ngo");
        await SayAsync(http, "U0ZOE", "assets tenant network");
        await SayAsync(http, "U0ANA", "assets survey data");

        await SayAsync(http, "U0ZOE", "export");
        var file = await Eventually.WaitForAsync(() => _slack.Files.Values.FirstOrDefault(f => f.Channel is not null), f => f is not null, TimeSpan.FromSeconds(20));

        Assert.Equal(("collabbot-my-data.json", "DU0ZOE", "application/json"), (file!.Name, file.Channel, file.ContentType));
        Assert.Equal(file.Length, file.Bytes!.Length);
        Assert.Equal("", file.UploadAuthorization);
        Assert.StartsWith("Your data in Warm Homes", file.Comment, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(file.Bytes);
        var json = JsonNode.Parse(text)!;
        Assert.Equal(("U0ZOE", "tenant network"), (json["me"]!["userId"]!.GetValue<string>(), json["me"]!["assets"]![0]!.GetValue<string>()));
        Assert.DoesNotContain("U0ANA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("survey data", text, StringComparison.Ordinal);
        var reserve = Assert.Single(_slack.CallsTo("files.getUploadURLExternal"));
        Assert.Equal((SlackHostApp.BotToken, file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), (reserve.Token, reserve.Arguments["length"]!.GetValue<string>()));
        Assert.DoesNotContain(_slack.CallsTo("chat.postMessage"), c => c.Channel == "DU0ZOE");
    }

    [Fact]
    public async Task A_conveners_team_export_arrives_as_two_files_JSON_and_CSV()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();
        await SayAsync(http, "U0ANA", "start Warm Homes");
        await SayAsync(http, "U0ZOE", "join as ngo");

        await SayAsync(http, "U0ANA", "export team");
        var files = await Eventually.WaitForAsync(() => _slack.Files.Values.Where(f => f.Channel is not null).OrderBy(f => f.Id, StringComparer.Ordinal).ToList(), f => f.Count == 2, TimeSpan.FromSeconds(20));

        Assert.Equal([("collabbot-team.json", "DU0ANA"), ("collabbot-members.csv", "DU0ANA")], files.Select(f => (f.Name, f.Channel!)));
        Assert.Equal(2, JsonNode.Parse(files[0].Bytes)!["members"]!.AsArray().Count);
        Assert.StartsWith("name,sector,roles,assets,joined_at\r\n", Encoding.UTF8.GetString(files[1].Bytes!), StringComparison.Ordinal);
        Assert.Equal("text/csv", files[1].ContentType);
    }

    private static async Task SayAsync(HttpClient http, string user, string text)
    {
        var body = await SlackPayloads.SlashAsync(Team, Channel, user, text);
        var response = await http.SendAsync(SlackRequestSigner.Signed("/api/slack/commands", body, SlackHostApp.Secret, DateTimeOffset.UtcNow, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteSlackExportJourney() : SlackExportJourney(DatabaseProvider.Sqlite);

public sealed class PostgresSlackExportJourney() : SlackExportJourney(DatabaseProvider.Postgres);
