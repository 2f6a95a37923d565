using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Domain.Participation;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class PlaygroundApiFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "api")
{
    [Theory]
    [InlineData("""{"conversationId":"lab","userId":"ana"}""", "text")]
    [InlineData("""{"userId":"ana","text":"help"}""", "conversationId")]
    [InlineData("""{"conversationId":"lab","text":"help"}""", "userId")]
    [InlineData("""{"conversationId":"lab","userId":"ana","text":5}""", "text")]
    [InlineData("""{"conversationId":"lab","userId":"ana","text":"help" """, "body")]
    [InlineData("""[1,2]""", "body")]
    [InlineData("""null""", "body")]
    public async Task Bad_message_bodies_get_400_naming_the_field_and_write_nothing(string body, string field)
    {
        var response = await App.Http().PostAsync("/api/playground/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Empty((await Playground.OutboxAsync()).Messages);
    }

    [Fact]
    public async Task An_oversized_text_is_refused_with_its_length()
    {
        var response = await App.Http().PostAsJsonAsync("/api/playground/messages", new { conversationId = "lab", userId = "ana", text = new string('x', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("4001 characters", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_64_KB_is_refused_before_it_is_read()
    {
        var response = await App.Http().PostAsync("/api/playground/messages",
            new StringContent($$"""{"conversationId":"lab","userId":"ana","text":"{{new string('x', 70_000)}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await Playground.OutboxAsync()).Messages);
    }

    [Fact]
    public async Task A_text_body_is_refused_as_unsupported()
    {
        var response = await App.Http().PostAsync("/api/playground/messages", new StringContent("start X", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_card_with_inputs_works_from_its_button()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        var ask = (await Playground.SayAsync("ben", "join")).Single(m => m!["card"] is not null);
        Assert.Equal("onlyUser", ask.Visibility());
        Assert.Contains("\"kind\":\"choice\"", ask.CardJson());

        var missing = Assert.Single(await Playground.ClickAsync("ben", ask.Id(), "join", new { sector = "" }));
        Assert.Equal("Please fill in \"sector\" first.", missing.Text());

        var joined = Assert.Single(await Playground.ClickAsync("ben", ask.Id(), "join", new { sector = "ngo" }));
        Assert.Equal("Ben now speaks for civil society / NGO.", joined.Text());
    }

    [Fact]
    public async Task An_action_on_an_unknown_message_or_a_button_the_card_does_not_have_is_a_400()
    {
        var started = Assert.Single(await Playground.SayAsync("ana", "start Warm Homes"));

        var unknownMessage = await App.Http().PostAsJsonAsync("/api/playground/actions",
            new { conversationId = "innovation-lab", userId = "ana", messageId = 9999, actionId = "join" });
        var unknownAction = await App.Http().PostAsJsonAsync("/api/playground/actions",
            new { conversationId = "innovation-lab", userId = "ana", messageId = started.Id(), actionId = "delete-everything" });
        var otherConversation = await App.Http().PostAsJsonAsync("/api/playground/actions",
            new { conversationId = "elsewhere", userId = "ana", messageId = started.Id(), actionId = "phase" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownMessage.StatusCode);
        Assert.Contains("messageId", await unknownMessage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknownAction.StatusCode);
        Assert.Contains("actionId", await unknownAction.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherConversation.StatusCode);
    }

    [Fact]
    public async Task An_unknown_command_gets_the_closest_commands_and_changes_nothing()
    {
        var reply = Assert.Single(await Playground.SayAsync("ana", "stauts"));

        Assert.Equal("onlyUser", reply.Visibility());
        Assert.Contains("Did you mean `status` or `start <name>`?", reply.Text());
        var status = Assert.Single(await Playground.SayAsync("ana", "status"));
        Assert.Contains("No collaboration lives in this conversation yet", status.Text());
    }

    [Fact]
    public async Task Only_a_convener_assigns_roles()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");

        var refused = Assert.Single(await Playground.SayAsync("ben", "role @ben convener"));
        var granted = Assert.Single(await Playground.SayAsync("ana", "role @Ben facilitator,catalyst"));

        Assert.Equal(("onlyUser", "Only a convener can assign roles. Type `status` to see who convenes."), (refused.Visibility(), refused.Text()));
        Assert.Equal(("onlyUser", "Ben now holds: facilitator, catalyst."), (granted.Visibility(), granted.Text()));
    }

    [Fact]
    public async Task Team_chatter_is_stored_as_participation_and_not_answered()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ana", "challenge Cold homes");
        var chatter = await App.Http().PostAsJsonAsync("/api/playground/messages",
            new { conversationId = "innovation-lab", userId = "eli", userName = "Eli", text = "I can bring the tenants' data", mentionsBot = false });

        Assert.Empty((await chatter.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray());
        await using var db = App.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var signals = await db.Set<ParticipationSignal>().OrderBy(s => s.Id).Select(s => s.Kind).ToListAsync();
        Assert.Equal([ParticipationKind.Command, ParticipationKind.Message], signals);
        Assert.Equal(2, await db.Members.CountAsync());
    }

    [Fact]
    public async Task The_outbox_lists_every_message_in_order_from_a_cursor()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        var (first, cursor) = await Playground.OutboxAsync();
        await Playground.SayAsync("ben", "join as citizen");
        var (next, nextCursor) = await Playground.OutboxAsync(cursor);

        Assert.Single(first);
        Assert.Equal(2, next.Count);
        Assert.Contains("Welcome, Ben", next[0].Text());
        Assert.Contains("commit <what you want>", next[1].Text());
        Assert.True(nextCursor > cursor);
        Assert.Empty((await Playground.OutboxAsync(nextCursor)).Messages);

        var bad = await App.Http().GetAsync("/api/playground/outbox?after=soon");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
