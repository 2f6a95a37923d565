using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>Talks to the Playground API the way a script would.</summary>
public sealed class PlaygroundClient(HttpClient http, string conversationId = "innovation-lab")
{
    public HttpClient Http => http;

    public async Task<JsonArray> SayAsync(string userId, string text, string? userName = null)
    {
        var response = await http.PostAsJsonAsync("/api/playground/messages", new { conversationId, userId, userName = userName ?? Capitalised(userId), text });
        return await RepliesAsync(response);
    }

    public async Task<JsonArray> ClickAsync(string userId, long messageId, string actionId, object? values = null)
    {
        var response = await http.PostAsJsonAsync("/api/playground/actions", new { conversationId, userId, userName = Capitalised(userId), messageId, actionId, values = values ?? new { } });
        return await RepliesAsync(response);
    }

    public async Task<(JsonArray Messages, long Cursor)> OutboxAsync(long after = 0)
    {
        var json = await http.GetFromJsonAsync<JsonObject>($"/api/playground/outbox?after={after}");
        return (json!["messages"]!.AsArray(), json["cursor"]!.GetValue<long>());
    }

    /// <summary>Moves the clock; a move longer than a week runs in the background, and this waits until it is done.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(string duration)
    {
        var response = await http.PostAsJsonAsync("/api/playground/clock", new { advance = duration });
        response.EnsureSuccessStatusCode();
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (answer["advancing"] is not null)
        {
            await Eventually.UntilAsync(async () => (answer = (await http.GetFromJsonAsync<JsonObject>("/api/playground/clock"))!)["advancing"] is null,
                TimeSpan.FromMinutes(3), () => $"the clock to stop moving: {answer}");
        }

        return answer["now"]!.GetValue<DateTimeOffset>();
    }

    private static async Task<JsonArray> RepliesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["replies"]!.AsArray();
    }

    private static string Capitalised(string id) => char.ToUpperInvariant(id[0]) + id[1..];
}

public static class JsonAssertions
{
    public static string Text(this JsonNode? message) => message!["text"]!.GetValue<string>();

    public static string Visibility(this JsonNode? message) => message!["visibility"]!.GetValue<string>();

    public static long Id(this JsonNode? message) => message!["id"]!.GetValue<long>();

    public static string CardJson(this JsonNode? message) => message!["card"]?.ToJsonString(new JsonSerializerOptions()) ?? "";
}
