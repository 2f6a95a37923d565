using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Conversations.Privacy;
using CollabBot.Conversations.Scheduling;
using CollabBot.Conversations.CheckIns;
using CollabBot.Persistence;
using CollabBot.Persistence.Files;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>Export and erasure (DOMAIN.md §8) through the Playground, on each provider.</summary>
[Collection(HostCollection.Name)]
public abstract class PrivacyFacts(DatabaseProvider provider) : IAsyncLifetime
{
    private const string ZoeId = "zoe-q";
    private const string ZoeName = "Zoë Quist";
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "privacy");
        _app = new CollabBotApp(_database);
        _playground = new PlaygroundClient(_app.Http());
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.SayAsync("ben", "join as citizen");
        await _playground.SayAsync(ZoeId, "join as ngo", ZoeName);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Export_sends_a_member_their_own_data_as_a_JSON_file_in_a_direct_message()
    {
        await _playground.SayAsync(ZoeId, "assets tenant network", ZoeName);
        await _playground.SayAsync("ben", "assets survey data");
        var card = Assert.Single(await _playground.SayAsync("ana", "propose Pilot in Block C"));
        await _playground.ClickAsync(ZoeId, card.Id(), "reservations", new { reason = "ask tenants first" });
        await _playground.ClickAsync("ben", card.Id(), "disagree", new { reason = "Ben's own reason" });
        await _playground.SayAsync(ZoeId, "win we met the board", ZoeName);
        await _playground.SayAsync(ZoeId, "commit a warmer block; my tenant network", ZoeName);
        await AnswerACheckInAsync("tenants signed up");

        var direct = Assert.Single(await _playground.SayAsync(ZoeId, "export", ZoeName), m => m.Visibility() == "direct");

        Assert.Equal(ZoeId, direct!["recipientUserId"]!.GetValue<string>());
        var file = direct["file"]!;
        Assert.Equal(("collabbot-my-data.json", "application/json"), (file["name"]!.GetValue<string>(), file["contentType"]!.GetValue<string>()));
        Assert.DoesNotContain("tenant network", direct.ToJsonString(), StringComparison.Ordinal);
        var download = await _playground.Http.GetAsync(file["downloadUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("collabbot-my-data.json", download.Content.Headers.ContentDisposition!.FileName);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(file["length"]!.GetValue<long>(), bytes.Length);
        var text = Encoding.UTF8.GetString(bytes);
        var json = JsonNode.Parse(text)!;
        Assert.Equal((ZoeName, "civil society / NGO"), (json["me"]!["displayName"]!.GetValue<string>(), json["me"]!["sector"]!.GetValue<string>()));
        Assert.Equal("tenant network", json["me"]!["assets"]![0]!.GetValue<string>());
        Assert.Equal(("agree with reservations", "ask tenants first"), (json["positions"]![0]!["position"]!.GetValue<string>(), json["positions"]![0]!["reason"]!.GetValue<string>()));
        var history = json["valueChainAndParticipation"]!;
        Assert.Equal("we met the board", history["smallWins"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(("a warmer block", "my tenant network"), (history["commitments"]![0]!["want"]!.GetValue<string>(), history["commitments"]![0]!["give"]!.GetValue<string>()));
        Assert.Equal(("tenants signed up", 4), (history["checkInAnswers"]![0]!["smallWin"]!.GetValue<string>(), history["checkInAnswers"]![0]!["rating"]!.GetValue<int>()));
        var signals = history["signalsByKind"]!;
        Assert.Equal((1, 1, 1), (signals["CheckInAnswer"]!.GetValue<int>(), signals["SmallWin"]!.GetValue<int>(), signals["Vote"]!.GetValue<int>()));
        foreach (var other in new[] { "\"ben\"", "Ben", "survey data", "Ben's own reason" })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _playground.Http.GetAsync("/files/not-a-signed-token")).StatusCode);
    }

    [Fact]
    public async Task A_convener_exports_the_collaboration_as_a_JSON_file_and_a_CSV_file()
    {
        Assert.Contains("Only a convener", Assert.Single(await _playground.SayAsync("ben", "export team")).Text());

        var replies = await _playground.SayAsync("ana", "export team");

        var files = replies.Where(m => m.Visibility() == "direct").Select(m => m!["file"]!).ToList();
        Assert.Equal(["collabbot-team.json", "collabbot-members.csv"], files.Select(f => f["name"]!.GetValue<string>()));
        var team = JsonNode.Parse(await _playground.Http.GetStringAsync(files[0]["downloadUrl"]!.GetValue<string>()))!;
        Assert.Equal(["Ana", "Ben", ZoeName], team["members"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()));
        var csv = await _playground.Http.GetAsync(files[1]["downloadUrl"]!.GetValue<string>());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("name,sector,roles,assets,joined_at", 4), (lines[0], lines.Length));
        Assert.StartsWith($"\"{ZoeName}\",\"civil society / NGO\"", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_CSV_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        await _playground.SayAsync("eve", "join as business", "=HYPERLINK(\"https://evil.example\",\"click\")");
        await _playground.SayAsync("eve", "assets +SUM(A1)", "=HYPERLINK(\"https://evil.example\",\"click\")");
        await _playground.SayAsync("mal", "join as business", "-2+3");
        await _playground.SayAsync("mal", "assets @cmd", "-2+3");

        var files = (await _playground.SayAsync("ana", "export team")).Where(m => m.Visibility() == "direct").Select(m => m!["file"]!).ToList();
        var csv = await _playground.Http.GetStringAsync(files.Single(f => f["name"]!.GetValue<string>() == "collabbot-members.csv")["downloadUrl"]!.GetValue<string>());

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        var eve = Assert.Single(lines, l => l.Contains("evil.example", StringComparison.Ordinal));
        var mal = Assert.Single(lines, l => l.Contains("2+3", StringComparison.Ordinal));
        Assert.StartsWith("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",\"private business\"", eve, StringComparison.Ordinal);
        Assert.Contains(",\"'+SUM(A1)\",", eve, StringComparison.Ordinal);
        Assert.StartsWith("\"'-2+3\"", mal, StringComparison.Ordinal);
        Assert.Contains(",\"'@cmd\",", mal, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"\"{ZoeName}\",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_files_are_deleted_once_their_links_have_expired()
    {
        var file = Assert.Single(await _playground.SayAsync(ZoeId, "export", ZoeName), m => m.Visibility() == "direct")!["file"]!;
        var link = file["downloadUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await _playground.Http.GetAsync(link)).StatusCode);

        // Links expire in real time: the Playground's clock moving on deletes nothing and expires nothing.
        await _playground.AdvanceAsync("P8D");
        Assert.Equal(1, await StoredFilesAsync());
        Assert.Equal(HttpStatusCode.OK, (await _playground.Http.GetAsync(link)).StatusCode);

        var runner = _app.Services.GetRequiredService<RecurringWorkRunner>();
        await runner.RunAsync(ExportFileRetentionJob.WorkId, DateTimeOffset.UtcNow.AddDays(6), default);
        Assert.Equal(1, await StoredFilesAsync());
        await runner.RunAsync(ExportFileRetentionJob.WorkId, DateTimeOffset.UtcNow.AddDays(8), default);

        Assert.Equal(0, await StoredFilesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _playground.Http.GetAsync(link)).StatusCode);
    }

    /// <summary>Ana schedules daily check-ins; a day later Zoë answers hers.</summary>
    private async Task AnswerACheckInAsync(string win)
    {
        await _playground.SayAsync("ana", "checkin cron \"0 9 * * *\"");
        var (_, cursor) = await _playground.OutboxAsync();
        await _playground.AdvanceAsync("P1D");
        var prompt = (await _playground.OutboxAsync(cursor)).Messages
            .Single(m => m!["recipientUserId"]?.GetValue<string>() == ZoeId && m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal));
        var thanks = await _playground.ClickAsync(ZoeId, prompt.Id(), CheckInForm.SubmitActionId, new { win, rating = "4", dimension = "capacity" });
        Assert.Contains("Thank you", thanks[0].Text());
    }

    private async Task<int> StoredFilesAsync()
    {
        await using var db = _app.Services.GetRequiredService<CollabDbContextFactory>().Create();
        return await db.Set<StoredFile>().CountAsync();
    }

    [Fact]
    public async Task After_forget_me_no_table_holds_the_members_name_or_id()
    {
        await _playground.SayAsync(ZoeId, "assets tenant network", ZoeName);
        var card = Assert.Single(await _playground.SayAsync(ZoeId, "propose Pilot in Block C", ZoeName));
        await _playground.ClickAsync(ZoeId, card.Id(), "reservations", new { reason = "ask tenants first" });
        await _playground.SayAsync("ben", "vote 1 agree");
        await _playground.SayAsync(ZoeId, "close 1", ZoeName);
        await _playground.SayAsync(ZoeId, "define tenant: who rents a home", ZoeName);
        await _playground.SayAsync("ana", $"risk rents rise owner @{ZoeId}");
        await _playground.SayAsync(ZoeId, "obstacle no meeting room", ZoeName);
        await _playground.SayAsync(ZoeId, "puzzle pumps or insulation?", ZoeName);
        await _playground.SayAsync(ZoeId, "puzzle answer 1 know the costs", ZoeName);
        await _playground.SayAsync("ana", $"map @{ZoeId} Test lead");
        await _playground.SayAsync(ZoeId, "commit a warmer block; my tenant network", ZoeName);
        await _playground.SayAsync(ZoeId, "win the board said yes to a meeting", ZoeName);
        await _playground.SayAsync("ana", "idea a repair café");
        await _playground.SayAsync(ZoeId, "idea tenants as co-owners", ZoeName);
        await _playground.SayAsync(ZoeId, "+1 1", ZoeName);
        await _playground.SayAsync("ana", $"action call the board owner @{ZoeId} due 3d");
        await AnswerACheckInAsync("tenants signed up");
        await _playground.SayAsync(ZoeId, "export", ZoeName);
        Guid zoeMemberId;
        await using (var db = _app.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            zoeMemberId = await db.Members.Where(m => m.PlatformUserId == ZoeId).Select(m => m.Id).SingleAsync();
        }

        var before = string.Join("\n", await DatabaseScan.FindAsync(_app, provider, ZoeId, ZoeName, zoeMemberId.ToString()));
        foreach (var table in new[] { "members", "decision_positions", "glossary_definitions", "concerns", "puzzle_answers", "process_map", "commitments", "small_wins", "checkin_answers", "participation_signals", "outbox", "ideas", "actions" })
        {
            Assert.Contains($"{table}.", before, StringComparison.Ordinal);
        }

        var exported = (await _playground.OutboxAsync()).Messages.Last(m => m!["file"] is not null)!["file"]!["downloadUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await _playground.Http.GetAsync(exported)).StatusCode);

        var ask = Assert.Single(await _playground.SayAsync(ZoeId, "forget me", ZoeName));
        var done = Assert.Single(await _playground.ClickAsync(ZoeId, ask.Id(), "forget"));

        Assert.Equal("A member asked to be forgotten; their personal data in this collaboration is erased.", done.Text());
        // What the bot posted in the shared channel stays as the team saw it there (issue 22: never rewrite other rows
        // by matching text); everything stored about or for her is gone or redacted.
        var left = await DatabaseScan.FindAsync(_app, provider, ZoeId, ZoeName, zoeMemberId.ToString(), "Zo\\u00EB");
        Assert.All(left, hit => Assert.StartsWith("outbox.PayloadJson holds", hit, StringComparison.Ordinal));
        await using (var db = _app.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            // ...and so does what another person was told privately (an acknowledgement of their own command naming her).
            var holding = await db.Outbox.Where(o => o.PayloadJson.Contains(ZoeId) || o.PayloadJson.Contains("Quist")).Select(o => new { o.PayloadJson, o.RecipientUserId }).ToListAsync();
            Assert.All(holding, row => Assert.True(row.PayloadJson.Contains("\"visibility\":\"channel\"", StringComparison.Ordinal) || (row.RecipientUserId is not null && row.RecipientUserId != ZoeId), row.PayloadJson));
            Assert.Empty(await db.Outbox.Where(o => o.RecipientUserId == ZoeId).ToListAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _playground.Http.GetAsync(exported)).StatusCode);
        await using (var db = _app.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            Assert.Empty(await db.Set<StoredFile>().Where(f => f.OwnerUserId == ZoeId).ToListAsync());
        }

        Assert.Contains("Status of Warm Homes: Understand, 2 members.", Assert.Single(await _playground.SayAsync("ben", "status")).Text());
        Assert.Contains("\"label\":\"tenant (proposal 1, open)\"", Assert.Single(await _playground.SayAsync("ben", "glossary")).CardJson());
        Assert.Contains("owner: nobody yet", Assert.Single(await _playground.SayAsync("ben", "risks")).CardJson());
        Assert.Contains("call the board (no owner yet, due ", Assert.Single(await _playground.SayAsync("ben", "actions")).CardJson());
        // Her support still counts, anonymously.
        Assert.Equal("You support idea 1: a repair café (2 in all).", Assert.Single(await _playground.SayAsync("ben", "+1 1")).Text());
    }
}

public sealed class SqlitePrivacyFacts() : PrivacyFacts(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyFacts() : PrivacyFacts(DatabaseProvider.Postgres);
