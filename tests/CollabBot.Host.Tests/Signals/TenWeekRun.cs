using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CollabBot.Host.Tests.Signals.TenWeekCast;

namespace CollabBot.Host.Tests.Signals;

/// <summary>
/// Drives the ten weeks of <see cref="TenWeekCast"/> through the Playground API with the virtual clock, one day at a
/// time (people act at 10:00 in Copenhagen), and records every message in a <see cref="SignalLedger"/>. What people do
/// is decided by the cast's hashes, never by what the bot said, so two builds see the same team; where a build offers
/// a way to answer a check-in with nothing to report, Frank uses it.
/// </summary>
public sealed class TenWeekRun(HttpClient http)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly Dictionary<long, (string UserId, int Day)> _prompts = [];
    private readonly HashSet<long> _handled = [];
    private long _cursor;

    public SignalLedger Ledger { get; } = new();
    public DateOnly FirstMonday { get; private set; }

    public async Task RunAsync()
    {
        await AlignAsync();
        for (var day = 0; day < Days; day++)
        {
            Ledger.Day = day;
            foreach (var line in TenWeekScript.On(day, Date))
            {
                await SayAsync(line.Conversation, line.UserId, line.Text, !line.Chatter);
            }

            foreach (var person in People.Where(p => Posts(p, day)))
            {
                await SayAsync(person.Team, person.Id, $"Day {day}: a note from {person.Name} on the work", command: false);
            }

            await AnswerCardsAsync(day);

            // To the end of the day, then to the next morning, so each message is counted on the day it came.
            await AdvanceAsync("PT13H59M");
            Ledger.Day = day + 1;
            await AdvanceAsync("PT10H1M");
        }

        Ledger.Day = Days;
    }

    /// <summary>Says something in a conversation; returns the replies.</summary>
    public async Task<JsonArray> SayAsync(string conversation, string userId, string text, bool command = true)
    {
        var response = await http.PostAsJsonAsync("/api/playground/messages",
            new { conversationId = conversation, userId, userName = Capitalised(userId), text, mentionsBot = command });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var replies = JsonNode.Parse(body)!["replies"]!.AsArray();
        Ledger.Turn(conversation, userId, post: true, replies);
        return replies;
    }

    public async Task AdvanceAsync(string duration)
    {
        var response = await http.PostAsJsonAsync("/api/playground/clock", new { advance = duration });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await PollAsync();
    }

    private async Task PollAsync()
    {
        while (true)
        {
            var json = await http.GetFromJsonAsync<JsonObject>($"/api/playground/outbox?after={_cursor}");
            var messages = json!["messages"]!.AsArray();
            foreach (var message in messages)
            {
                Ledger.Delivered(message!);
            }

            _cursor = json["cursor"]!.GetValue<long>();
            if (messages.Count == 0)
            {
                return;
            }
        }
    }

    /// <summary>Check-in prompts are answered on the day they came or the next (as the cast decides); celebration questions at once.</summary>
    private async Task AnswerCardsAsync(int day)
    {
        foreach (var message in Ledger.Messages.Where(m => m.Recipient is not null && !_handled.Contains(m.Id)).ToList())
        {
            var person = People.SingleOrDefault(p => p.Id == message.Recipient);
            if (person is null)
            {
                continue;
            }

            if (message.Text.StartsWith("May I celebrate", StringComparison.Ordinal))
            {
                _handled.Add(message.Id);
                await ClickAsync(message, person.Id, person.Id == "chloe" ? "celebrate-no" : "celebrate-yes", new { });
            }
            else if (message.Text.StartsWith("Time for your check-in", StringComparison.Ordinal))
            {
                _prompts.TryAdd(message.Id, (person.Id, message.Day));
                var (answers, delay) = AnswersCheckIn(person, _prompts[message.Id].Day);
                if (!answers)
                {
                    _handled.Add(message.Id);
                }
                else if (day >= _prompts[message.Id].Day + delay)
                {
                    _handled.Add(message.Id);
                    await ClickAsync(message, person.Id, "checkin-answer", Answer(person, message, day));
                }
            }
        }
    }

    private object Answer(Castmember person, BotMessage card, int day)
    {
        var rating = Rating(person, day).ToString(CultureInfo.InvariantCulture);
        if (!NothingToReport(person, day))
        {
            return new { win = Win(person, day), rating, dimension = "capacity" };
        }

        // A build whose card needs a win leaves him only the win field for "nothing this week".
        var winRequired = card.Card?["inputs"]?.AsArray().Any(i => i!["id"]!.GetValue<string>() == "win" && i["required"]?.GetValue<bool>() == true) ?? true;
        if (!winRequired)
        {
            return new { rating, obstacle = "The rent discussion worried me" };
        }

        var text = $"Not much this week. The rent discussion worried me (day {day})";
        Ledger.NonWin(text);
        return new { win = text, rating };
    }

    private async Task ClickAsync(BotMessage message, string userId, string actionId, object values)
    {
        var response = await http.PostAsJsonAsync("/api/playground/actions",
            new { conversationId = message.Conversation, userId, userName = Capitalised(userId), messageId = message.Id, actionId, values });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        Ledger.Turn(message.Conversation, userId, post: false, JsonNode.Parse(body)!["replies"]!.AsArray());
    }

    /// <summary>Moves the clock to the next Monday 10:00 in Copenhagen, in steps of at most a week.</summary>
    private async Task AlignAsync()
    {
        var now = (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>();
        var local = TimeZoneInfo.ConvertTime(now, Copenhagen);
        var monday = DateOnly.FromDateTime(local.Date).AddDays(((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7);
        if (monday.ToDateTime(new TimeOnly(10, 0)) <= local.DateTime.AddHours(1))
        {
            monday = monday.AddDays(7);
        }

        FirstMonday = monday;
        var target = new DateTimeOffset(monday.ToDateTime(new TimeOnly(10, 0)), Copenhagen.GetUtcOffset(monday.ToDateTime(new TimeOnly(10, 0))));
        while (target - now > TimeSpan.FromDays(7))
        {
            await AdvanceAsync("P7D");
            now = now.AddDays(7);
        }

        await AdvanceAsync($"PT{Math.Ceiling((target - now).TotalSeconds)}S");
    }

    private string Date(int day) => FirstMonday.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capitalised(string id) => char.ToUpperInvariant(id[0]) + id[1..];
}
