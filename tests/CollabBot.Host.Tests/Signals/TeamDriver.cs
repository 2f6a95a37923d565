using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollabBot.Host.Tests.Signals;

/// <summary>Drives teams in the Playground for the signal tests: commands and chatter in a channel, the clock to a given UTC time.</summary>
public sealed class TeamDriver(HttpClient http)
{
    public PlaygroundClient In(string conversation) => new(http, conversation);

    /// <summary>A message in a team channel that is not addressed to the bot.</summary>
    public async Task ChatAsync(string conversation, params string[] members)
    {
        foreach (var member in members)
        {
            var response = await http.PostAsJsonAsync("/api/playground/messages",
                new { conversationId = conversation, userId = member, userName = char.ToUpperInvariant(member[0]) + member[1..], text = "notes of the day", mentionsBot = false });
            Assert.Empty((await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray());
        }
    }

    public async Task<DateTimeOffset> NowAsync() =>
        (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!["now"]!.GetValue<DateTimeOffset>().ToUniversalTime();

    /// <summary>Moves the clock to the next <paramref name="day"/> at <paramref name="time"/> UTC (a week later if that is under an hour away).</summary>
    public async Task<DateTimeOffset> AdvanceToNextAsync(DayOfWeek day, TimeOnly time, Func<Task>? eachDay = null)
    {
        var now = await NowAsync();
        var date = now.UtcDateTime.Date.AddDays(((int)day - (int)now.DayOfWeek + 7) % 7);
        var target = new DateTimeOffset(date + time.ToTimeSpan(), TimeSpan.Zero);
        if (target <= now.AddHours(1))
        {
            target = target.AddDays(7);
        }

        return await AdvanceToAsync(target, eachDay);
    }

    /// <summary>Moves the clock to <paramref name="target"/> a day at a time, running <paramref name="eachDay"/> before each day.</summary>
    public async Task<DateTimeOffset> AdvanceToAsync(DateTimeOffset target, Func<Task>? eachDay = null)
    {
        var now = await NowAsync();
        while (target - now > TimeSpan.FromDays(1))
        {
            if (eachDay is not null)
            {
                await eachDay();
            }

            await AdvanceAsync(TimeSpan.FromDays(1));
            now = now.AddDays(1);
        }

        await AdvanceAsync(target - now);
        return target;
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        if (by <= TimeSpan.Zero)
        {
            return;
        }

        var response = await http.PostAsJsonAsync("/api/playground/clock", new { advance = $"PT{Math.Ceiling(by.TotalSeconds).ToString(CultureInfo.InvariantCulture)}S" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every message delivered after <paramref name="cursor"/>.</summary>
    public async Task<List<JsonNode>> SinceAsync(long cursor)
    {
        var all = new List<JsonNode>();
        while (true)
        {
            var (messages, next) = await In("any").OutboxAsync(cursor);
            if (messages.Count == 0)
            {
                return all;
            }

            all.AddRange(messages.Select(m => m!));
            cursor = next;
        }
    }

    public async Task<long> CursorAsync()
    {
        var cursor = 0L;
        while (true)
        {
            var (messages, next) = await In("any").OutboxAsync(cursor);
            if (messages.Count == 0)
            {
                return cursor;
            }

            cursor = next;
        }
    }
}

public static class MessageFilters
{
    public static string? To(this JsonNode message) => message["recipientUserId"]?.GetValue<string>();

    public static string Conversation(this JsonNode message) => message["conversationId"]!.GetValue<string>();

    public static bool Starts(this JsonNode message, string prefix) => message.Text().StartsWith(prefix, StringComparison.Ordinal);
}
