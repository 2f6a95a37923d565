using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CollabBot.Conversations.CheckIns;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Four weeks of weekly check-ins in the Playground, in a team that talks in its channel every day: members answer,
/// edit, ignore, go away and come back; the outbox holds exactly the prompts, reminders, celebrations and the
/// facilitator's summaries expected, each once.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CheckInsJourney() : PlaygroundScenario(DatabaseProvider.Sqlite, "checkins")
{
    [Fact]
    public async Task Four_weeks_of_check_ins_send_each_prompt_reminder_celebration_and_summary_once()
    {
        await SetUpTeamAsync();
        var (_, start) = await Playground.OutboxAsync();
        var monday = await AdvanceToNextMondayTenAsync();

        // Week 1: everyone is asked; Ben answers and edits, Chloe and Dev answer, Ana ignores it.
        var week1 = await NewSinceAsync(start);
        Assert.Equal(["ana", "ben", "chloe", "dev"], Prompts(week1).Select(m => m["recipientUserId"]!.GetValue<string>()).Order());
        var benCard = Prompts(week1).Single(m => To(m, "ben"));
        Assert.Contains("Thank you, Ben", (await AnswerAsync("ben", benCard, "the tenants' survey went out", 4))[0]!.Text());
        var ask = (await Playground.OutboxAsync(start)).Messages.Single(m => m.Text().StartsWith("May I celebrate", StringComparison.Ordinal));
        await Playground.ClickAsync("ben", ask.Id(), "celebrate-yes");
        Assert.Contains("Updated your check-in: rated 5/5", (await AnswerAsync("ben", benCard, "the tenants' survey went out, 40 answers", 5))[0]!.Text());
        await AnswerAsync("chloe", Prompts(week1).Single(m => To(m, "chloe")), "met the housing team", 3);
        await AnswerAsync("dev", Prompts(week1).Single(m => To(m, "dev")), "volunteers found", 4);
        await Playground.SayAsync("chloe", $"away until {monday.AddDays(7):yyyy-MM-dd}");

        // Tuesday: one reminder, to Ana only; no second one later in the week.
        var (_, beforeReminders) = await Playground.OutboxAsync();
        await AdvanceChattingAsync(2);
        var reminders1 = Reminders(await NewSinceAsync(beforeReminders));
        Assert.Equal(["ana"], reminders1.Select(m => m["recipientUserId"]!.GetValue<string>()));

        // Week 2: Chloe is away and is not asked; Ben's late answer to week 1 is refused; Ben now rates 2.
        var (_, beforeWeek2) = await Playground.OutboxAsync();
        await AdvanceChattingAsync(5);
        var week2 = await NewSinceAsync(beforeWeek2);
        Assert.Equal(["ana", "ben", "dev"], Prompts(week2).Select(m => m["recipientUserId"]!.GetValue<string>()).Order());
        var closed = await AnswerAsync("ben", benCard, "late news", 3);
        Assert.StartsWith("This check-in closed on", closed[0]!.Text());
        await AnswerAsync("ben", Prompts(week2).Single(m => To(m, "ben")), "a first pilot address", 2);
        await AnswerAsync("dev", Prompts(week2).Single(m => To(m, "dev")), "training booked", 4);

        // Weeks 3 and 4: Chloe is back; nobody answers. The facilitator's weekly summary names, privately, the commitment that
        // weakened (Ana missed two check-ins in a row); Ben's 5 then 2 is one low rating, not a sustained drop. Nothing comes
        // as a separate alert.
        var (_, beforeWeek3) = await Playground.OutboxAsync();
        await AdvanceChattingAsync(14);
        var later = await NewSinceAsync(beforeWeek3);
        Assert.Equal(8, Prompts(later).Count);
        var summaries = later.Where(m => m.Text().StartsWith("Your weekly summary of Warm Homes", StringComparison.Ordinal)).ToList();
        Assert.True(summaries.Count == 2, string.Join(" | ", later.Where(m => m.Visibility() == "direct" && !m.Text().StartsWith("Time for", StringComparison.Ordinal)).Select(m => m.Text() + m.CardJson())));
        Assert.All(summaries, a => Assert.Equal(("direct", "dev"), (a.Visibility(), a["recipientUserId"]!.GetValue<string>())));
        Assert.All(summaries, a => Assert.Contains("Ana: missed the last two check-ins", a.CardJson()));
        // Ben is not judged (no fading, no weakening line); his want that no offer serves is noted (issue 27, item 3).
        Assert.All(summaries, a => Assert.DoesNotContain("Ben:", a.CardJson()));
        Assert.All(summaries, a => Assert.Contains("Ben wants contacts in the housing sector", a.CardJson()));
        Assert.DoesNotContain(later, m => m.Text().Contains("is weakening", StringComparison.Ordinal));

        // The whole run: every message once; names of weakening members never in the channel.
        var all = (await Playground.OutboxAsync(start)).Messages;
        Assert.Equal(15, Prompts(all).Count);
        Assert.Equal(6, Reminders(all).Count); // week 1: Ana; week 2: Ana; week 3: all four
        var celebrations = all.Where(m => m.Text().StartsWith("🎉", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, celebrations.Count);
        Assert.All(celebrations, c => Assert.Equal("channel", c.Visibility()));
        Assert.DoesNotContain(all, m => m.Visibility() == "channel" && (m.Text().Contains("weakening", StringComparison.Ordinal) || m.Text().Contains("missed", StringComparison.Ordinal)));

        var me = Assert.Single(await Playground.SayAsync("ben", "me"));
        // One low rating and one missed check-in are no sustained drop; the check-in still open is not counted as missed.
        Assert.Equal(("onlyUser", "Your value chain in Warm Homes: steady."), (me.Visibility(), me.Text()));
        Assert.Contains("contacts in the housing sector", me.CardJson());
        Assert.Contains("\"value\":\"5, 2, \\u2013\"", me.CardJson());
    }

    [Fact]
    public async Task A_check_in_card_comes_back_as_its_named_fields_and_no_typed_command_stands_in_for_it()
    {
        await SetUpTeamAsync();
        var (_, start) = await Playground.OutboxAsync();
        await AdvanceToNextMondayTenAsync();
        var card = Prompts(await NewSinceAsync(start)).Single(m => To(m, "ben"));

        // The card names its fields and its send button; the button carries the occurrence, not a command to type.
        var send = Assert.Single(card["card"]!["actions"]!.AsArray())!;
        Assert.Equal(CheckInForm.SubmitActionId, send["id"]!.GetValue<string>());
        var data = Assert.Single(send["data"]!.AsObject());
        Assert.Equal(CheckInForm.Occurrence, data.Key);
        Assert.Equal(
            [CheckInForm.Win, CheckInForm.Rating, CheckInForm.Commitment, CheckInForm.Dimension, CheckInForm.Obstacle],
            card["card"]!["inputs"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));

        // The text the card once turned its answer into answers nothing.
        await Playground.SayAsync("ben", $"checkin answer {data.Value!.GetValue<string>()}");

        // The card's answer is the first one.
        Assert.Contains("Thank you, Ben: your check-in is in, rated 4/5", (await AnswerAsync("ben", card, "the survey went out", 4))[0]!.Text());
    }

    private async Task SetUpTeamAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "challenge Too many homes are cold in winter");
        await Playground.SayAsync("ana", "join as public");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
        await Playground.SayAsync("dev", "join as ngo");
        await Playground.SayAsync("ana", "role @Dev facilitator");
        await Playground.SayAsync("ben", "commit contacts in the housing sector; our tenant survey");
        var scheduled = Assert.Single(await Playground.SayAsync("ana", "checkin every monday 09:00"));
        Assert.StartsWith("Check-ins for Warm Homes: every week on Monday at 09:00 (UTC).", scheduled.Text());
    }

    /// <summary>Moves the virtual clock to the next Monday 10:00 UTC, an hour after the check-in opens; returns that Monday.</summary>
    private async Task<DateOnly> AdvanceToNextMondayTenAsync()
    {
        var now = (await App.Http().GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>().ToUniversalTime();
        var monday = now.Date.AddDays(((int)DayOfWeek.Monday - (int)now.DayOfWeek + 7) % 7);
        var target = new DateTimeOffset(monday.AddHours(10), TimeSpan.Zero);
        if (target <= now.AddHours(1))
        {
            target = target.AddDays(7);
        }

        // The team talks every day until then: its first check-ins fall in ordinary weeks, not in a quiet one.
        while (target - now > TimeSpan.FromDays(1))
        {
            await AdvanceChattingAsync(1);
            now = now.AddDays(1);
        }

        await Playground.AdvanceAsync($"PT{(int)Math.Ceiling((target - now).TotalSeconds)}S");
        return DateOnly.FromDateTime(target.UtcDateTime);
    }

    /// <summary>Day by day, with everyone not away writing in the channel (so the team is never quieter than usual).</summary>
    private async Task AdvanceChattingAsync(int days)
    {
        for (var day = 0; day < days; day++)
        {
            foreach (var member in new[] { "ana", "ben", "chloe", "dev" })
            {
                var response = await App.Http().PostAsJsonAsync("/api/playground/messages",
                    new { conversationId = "innovation-lab", userId = member, userName = char.ToUpperInvariant(member[0]) + member[1..], text = "notes of the day", mentionsBot = false });
                response.EnsureSuccessStatusCode();
            }

            await Playground.AdvanceAsync("P1D");
        }
    }

    private async Task<List<JsonNode>> NewSinceAsync(long cursor) => (await Playground.OutboxAsync(cursor)).Messages.Select(m => m!).ToList();

    private Task<JsonArray> AnswerAsync(string userId, JsonNode card, string win, int rating) =>
        Playground.ClickAsync(userId, card.Id(), CheckInForm.SubmitActionId, new { win, rating = rating.ToString(CultureInfo.InvariantCulture), dimension = "capacity" });

    private static List<JsonNode> Prompts(IEnumerable<JsonNode?> messages) =>
        messages.Where(m => m!.Text().StartsWith("Time for your check-in", StringComparison.Ordinal)).Select(m => m!).ToList();

    private static List<JsonNode> Reminders(IEnumerable<JsonNode?> messages) =>
        messages.Where(m => m!.Text().StartsWith("A gentle reminder", StringComparison.Ordinal)).Select(m => m!).ToList();

    private static bool To(JsonNode message, string userId) => message["recipientUserId"]?.GetValue<string>() == userId;
}
