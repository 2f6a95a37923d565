using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Conversations.CheckIns;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Issue 27, item 3: the check-in asks whether the commitment still holds; `offer ... for @member` serves a want and the
/// facilitators hear of wants no offer serves; the value dimensions feed `me` and the digest; `me` speaks kindly.
/// </summary>
public abstract class ValueLoopFacts(DatabaseProvider provider) : PlaygroundScenario(provider, "valueloop")
{
    protected override async Task GivenAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("ben", "commit contacts in the housing sector; our tenant survey");
    }

    [Fact]
    public async Task The_check_in_asks_whether_the_commitment_holds_and_me_shows_the_answer_and_the_kinds_of_value()
    {
        await Playground.SayAsync("ana", "checkin every monday 09:00");
        var (_, cursor) = await Playground.OutboxAsync();
        await AdvanceToNextMondayAsync(new TimeOnly(9, 30));

        var prompts = (await Playground.OutboxAsync(cursor)).Messages.Where(m => m.Text().StartsWith("Time for your check-in", StringComparison.Ordinal)).ToList();
        var bens = prompts.Single(m => m!["recipientUserId"]!.GetValue<string>() == "ben");
        Assert.Contains("Does your commitment still hold for the next cycle?", bens.CardJson());
        Assert.DoesNotContain("Does your commitment still hold", prompts.Single(m => m!["recipientUserId"]!.GetValue<string>() == "ana").CardJson());

        var answered = await Playground.ClickAsync("ben", bens.Id(), CheckInForm.SubmitActionId,
            new { win = "the survey went out", rating = "4", dimension = "capacity", commitment = "change" });
        Assert.Contains("You said your commitment should change: tell me the new one with `commit", answered[0].Text());

        var me = Assert.Single(await Playground.SayAsync("ben", "me"));
        Assert.Equal("Your value chain in Warm Homes: steady.", me.Text());
        Assert.Contains("you said it should change", me.CardJson());
        Assert.Contains("\"label\":\"Where you saw value\",\"value\":\"capacity built 1\"", me.CardJson());
        Assert.DoesNotContain("weakening", me.CardJson());

        await Playground.SayAsync("ana", "digest to #coordinators every friday 15:00");
        var digest = Assert.Single(await Playground.SayAsync("ana", "digest now"), r => r.Text() == "Weekly digest: Warm Homes.");
        Assert.Contains("\"value\":\"capacity built 1\"", digest.CardJson());
    }

    [Fact]
    public async Task An_offer_for_a_member_serves_their_want_and_the_summary_names_wants_no_offer_serves()
    {
        await Playground.SayAsync("chloe", "join as business");
        await Playground.SayAsync("chloe", "commit a pilot site; two engineers");

        var offered = await Playground.SayAsync("ana", "offer an intro to the housing board for @Ben");
        Assert.Equal("Recorded for Ben: an intro to the housing board, serving their want: contacts in the housing sector.", offered.Single(m => m.Visibility() == "onlyUser").Text());
        Assert.Equal("ben", offered.Single(m => m.Visibility() == "direct")!["recipientUserId"]!.GetValue<string>());
        Assert.StartsWith("I can't find @Zed among the members", (await Playground.SayAsync("ana", "offer data for @Zed"))[0].Text());

        Assert.DoesNotContain("Wants no offer serves", (await Playground.SayAsync("ana", "summary now"))[0].CardJson());
        await Playground.AdvanceAsync("P15D");

        var summary = (await Playground.SayAsync("ana", "summary now"))[0].CardJson();
        Assert.Contains("Wants no offer serves", summary);
        Assert.Contains("Chloe wants a pilot site", summary);
        Assert.DoesNotContain("Ben wants", summary);
        Assert.Contains("Offered for it\",\"value\":\"an intro to the housing board", Assert.Single(await Playground.SayAsync("ben", "me")).CardJson());
    }

    private async Task AdvanceToNextMondayAsync(TimeOnly at)
    {
        var clock = await Playground.Http.GetFromJsonAsync<JsonObject>("/api/playground/clock");
        var now = clock!["now"]!.GetValue<DateTimeOffset>();
        var target = now.Date.AddDays(((int)DayOfWeek.Monday - (int)now.DayOfWeek + 7) % 7).Add(at.ToTimeSpan());
        if (target <= now.UtcDateTime)
        {
            target = target.AddDays(7);
        }

        var span = target - now.UtcDateTime;
        await Playground.AdvanceAsync(string.Create(CultureInfo.InvariantCulture, $"P{span.Days}DT{span.Hours}H{span.Minutes}M{span.Seconds}S"));
    }
}

[Collection(HostCollection.Name)]
public sealed class SqliteValueLoopFacts() : ValueLoopFacts(DatabaseProvider.Sqlite);

[Collection(HostCollection.Name)]
public sealed class PostgresValueLoopFacts() : ValueLoopFacts(DatabaseProvider.Postgres);
