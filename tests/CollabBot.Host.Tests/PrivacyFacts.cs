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
public abstract class PrivacyFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "privacy")
{
    private const string ZoeId = "zoe-q";
    private const string ZoeName = "Zoë Quist";

    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync(ZoeId, "join as ngo", ZoeName);
    }

    [Fact]
    public async Task Export_sends_a_member_their_own_data_as_a_JSON_file_in_a_direct_message()
    {
        await Playground.SayAsync(ZoeId, "assets tenant network", ZoeName);
        await Playground.SayAsync("ben", "assets survey data");
        var card = Assert.Single(await Playground.SayAsync("ana", "propose Pilot in Block C"));
        await Playground.ClickAsync(ZoeId, card.Id(), "reservations", new { reason = "ask tenants first" });
        await Playground.ClickAsync("ben", card.Id(), "disagree", new { reason = "Ben's own reason" });
        await Playground.SayAsync(ZoeId, "win we met the board", ZoeName);
        await Playground.SayAsync(ZoeId, "commit a warmer block; my tenant network", ZoeName);
        await AnswerACheckInAsync("tenants signed up");

        var direct = Assert.Single(await Playground.SayAsync(ZoeId, "export", ZoeName), m => m.Visibility() == "direct");

        Assert.Equal(ZoeId, direct!["recipientUserId"]!.GetValue<string>());
        var file = direct["file"]!;
        Assert.Equal(("collabbot-my-data.json", "application/json"), (file["name"]!.GetValue<string>(), file["contentType"]!.GetValue<string>()));
        Assert.DoesNotContain("tenant network", direct.ToJsonString(), StringComparison.Ordinal);
        var download = await Playground.Http.GetAsync(file["downloadUrl"]!.GetValue<string>());
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

        Assert.Equal(HttpStatusCode.NotFound, (await Playground.Http.GetAsync("/files/not-a-signed-token")).StatusCode);
    }

    [Fact]
    public async Task A_convener_exports_the_collaboration_as_a_JSON_file_and_a_CSV_file()
    {
        Assert.Contains("Only a convener", Assert.Single(await Playground.SayAsync("ben", "export team")).Text());

        var replies = await Playground.SayAsync("ana", "export team");

        var files = replies.Where(m => m.Visibility() == "direct").Select(m => m!["file"]!).ToList();
        Assert.Equal(["collabbot-team.json", "collabbot-members.csv"], files.Select(f => f["name"]!.GetValue<string>()));
        var team = JsonNode.Parse(await Playground.Http.GetStringAsync(files[0]["downloadUrl"]!.GetValue<string>()))!;
        Assert.Equal(["Ana", "Ben", ZoeName], team["members"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()));
        var csv = await Playground.Http.GetAsync(files[1]["downloadUrl"]!.GetValue<string>());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(("name,sector,roles,assets,joined_at", 4), (lines[0], lines.Length));
        Assert.StartsWith($"\"{ZoeName}\",\"civil society / NGO\"", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Team_CSV_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        await Playground.SayAsync("eve", "join as business", "=HYPERLINK(\"https://evil.example\",\"click\")");
        await Playground.SayAsync("eve", "assets +SUM(A1)", "=HYPERLINK(\"https://evil.example\",\"click\")");
        await Playground.SayAsync("mal", "join as business", "-2+3");
        await Playground.SayAsync("mal", "assets @cmd", "-2+3");

        var files = (await Playground.SayAsync("ana", "export team")).Where(m => m.Visibility() == "direct").Select(m => m!["file"]!).ToList();
        var csv = await Playground.Http.GetStringAsync(files.Single(f => f["name"]!.GetValue<string>() == "collabbot-members.csv")["downloadUrl"]!.GetValue<string>());

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
        var file = Assert.Single(await Playground.SayAsync(ZoeId, "export", ZoeName), m => m.Visibility() == "direct")!["file"]!;
        var link = file["downloadUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Playground.Http.GetAsync(link)).StatusCode);

        // Links expire in real time: the Playground's clock moving on deletes nothing and expires nothing.
        await Playground.AdvanceAsync("P8D");
        Assert.Equal(1, await StoredFilesAsync());
        Assert.Equal(HttpStatusCode.OK, (await Playground.Http.GetAsync(link)).StatusCode);

        var runner = App.Services.GetRequiredService<RecurringWorkRunner>();
        await runner.RunAsync(ExportFileRetentionJob.WorkId, DateTimeOffset.UtcNow.AddDays(6), default);
        Assert.Equal(1, await StoredFilesAsync());
        await runner.RunAsync(ExportFileRetentionJob.WorkId, DateTimeOffset.UtcNow.AddDays(8), default);

        Assert.Equal(0, await StoredFilesAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Playground.Http.GetAsync(link)).StatusCode);
    }

    /// <summary>Ana schedules daily check-ins; a day later Zoë answers hers.</summary>
    private async Task AnswerACheckInAsync(string win)
    {
        await Playground.SayAsync("ana", "checkin cron \"0 9 * * *\"");
        var (_, cursor) = await Playground.OutboxAsync();
        await Playground.AdvanceAsync("P1D");
        var prompt = (await Playground.OutboxAsync(cursor)).Messages
            .Single(m => m!["recipientUserId"]?.GetValue<string>() == ZoeId && m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal));
        var thanks = await Playground.ClickAsync(ZoeId, prompt.Id(), CheckInForm.SubmitActionId, new { win, rating = "4", dimension = "capacity" });
        Assert.Contains("Thank you", thanks[0].Text());
    }

    private async Task<int> StoredFilesAsync()
    {
        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        return await db.Set<StoredFile>().CountAsync();
    }

    [Fact]
    public async Task After_forget_me_no_table_holds_the_members_name_or_id()
    {
        await Playground.SayAsync(ZoeId, "assets tenant network", ZoeName);
        var card = Assert.Single(await Playground.SayAsync(ZoeId, "propose Pilot in Block C", ZoeName));
        await Playground.ClickAsync(ZoeId, card.Id(), "reservations", new { reason = "ask tenants first" });
        await Playground.SayAsync("ben", "vote 1 agree");
        await Playground.SayAsync(ZoeId, "close 1", ZoeName);
        await Playground.SayAsync(ZoeId, "define tenant: who rents a home", ZoeName);
        await Playground.SayAsync("ana", $"risk rents rise owner @{ZoeId}");
        await Playground.SayAsync(ZoeId, "obstacle no meeting room", ZoeName);
        await Playground.SayAsync(ZoeId, "puzzle pumps or insulation?", ZoeName);
        await Playground.SayAsync(ZoeId, "puzzle answer 1 know the costs", ZoeName);
        await Playground.SayAsync("ana", $"map @{ZoeId} Test lead");
        await Playground.SayAsync(ZoeId, "commit a warmer block; my tenant network", ZoeName);
        await Playground.SayAsync(ZoeId, "win the board said yes to a meeting", ZoeName);
        await Playground.SayAsync("ana", "idea a repair café");
        await Playground.SayAsync(ZoeId, "idea tenants as co-owners", ZoeName);
        await Playground.SayAsync(ZoeId, "+1 1", ZoeName);
        await Playground.SayAsync("ana", $"action call the board owner @{ZoeId} due 3d");
        await AnswerACheckInAsync("tenants signed up");
        await Playground.SayAsync(ZoeId, "export", ZoeName);
        Guid zoeMemberId;
        await using (var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            zoeMemberId = await db.Members.Where(m => m.PlatformUserId == ZoeId).Select(m => m.Id).SingleAsync();
        }

        var before = string.Join("\n", await DatabaseScan.FindAsync(App, Database.Provider, ZoeId, ZoeName, zoeMemberId.ToString()));
        foreach (var table in new[] { "members", "decision_positions", "glossary_definitions", "concerns", "puzzle_answers", "process_map", "commitments", "small_wins", "checkin_answers", "participation_signals", "outbox", "ideas", "actions" })
        {
            Assert.Contains($"{table}.", before, StringComparison.Ordinal);
        }

        var exported = (await Playground.OutboxAsync()).Messages.Last(m => m!["file"] is not null)!["file"]!["downloadUrl"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await Playground.Http.GetAsync(exported)).StatusCode);

        var ask = Assert.Single(await Playground.SayAsync(ZoeId, "forget me", ZoeName));
        var done = Assert.Single(await Playground.ClickAsync(ZoeId, ask.Id(), "forget"));

        Assert.Equal("A member asked to be forgotten; their personal data in this collaboration is erased.", done.Text());
        // What the bot posted in the shared channel stays as the team saw it there (issue 22: never rewrite other rows
        // by matching text); everything stored about or for her is gone or redacted.
        var left = await DatabaseScan.FindAsync(App, Database.Provider, ZoeId, ZoeName, zoeMemberId.ToString(), "Zo\\u00EB");
        Assert.All(left, hit => Assert.StartsWith("outbox.PayloadJson holds", hit, StringComparison.Ordinal));
        await using (var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            // ...and so does what another person was told privately (an acknowledgement of their own command naming her).
            var holding = await db.Outbox.Where(o => o.PayloadJson.Contains(ZoeId) || o.PayloadJson.Contains("Quist")).Select(o => new { o.PayloadJson, o.RecipientUserId }).ToListAsync();
            Assert.All(holding, row => Assert.True(row.PayloadJson.Contains("\"visibility\":\"channel\"", StringComparison.Ordinal) || (row.RecipientUserId is not null && row.RecipientUserId != ZoeId), row.PayloadJson));
            Assert.Empty(await db.Outbox.Where(o => o.RecipientUserId == ZoeId).ToListAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Playground.Http.GetAsync(exported)).StatusCode);
        await using (var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create())
        {
            Assert.Empty(await db.Set<StoredFile>().Where(f => f.OwnerUserId == ZoeId).ToListAsync());
        }

        Assert.Contains("Status of Warm Homes: Understand, 2 members.", Assert.Single(await Playground.SayAsync("ben", "status")).Text());
        Assert.Contains("\"label\":\"tenant (proposal 1, open)\"", Assert.Single(await Playground.SayAsync("ben", "glossary")).CardJson());
        Assert.Contains("owner: nobody yet", Assert.Single(await Playground.SayAsync("ben", "risks")).CardJson());
        Assert.Contains("call the board (no owner yet, due ", Assert.Single(await Playground.SayAsync("ben", "actions")).CardJson());
        // Her support still counts, anonymously.
        Assert.Equal("You support idea 1: a repair café (2 in all).", Assert.Single(await Playground.SayAsync("ben", "+1 1")).Text());
    }
}

public sealed class SqlitePrivacyFacts() : PrivacyFacts(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyFacts() : PrivacyFacts(DatabaseProvider.Postgres);
