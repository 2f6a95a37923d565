using System.Net;
using CollabBot.Channels.Slack.Tests.Support;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using CollabBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Channels.Slack.Tests.Host;

/// <summary>
/// Text Slack escaped (<c>R&amp;amp;D</c>) is stored plain in the database and reaches Slack escaped exactly once,
/// from a mention and from a slash command, on the real host.
/// </summary>
[Collection(SlackHostCollection.Name)]
public abstract class SlackEscapingJourney(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, "slack-escaping");
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Escaped_text_is_stored_plain_and_posted_escaped_once()
    {
        await using var app = new SlackHostApp(_database, _slack);
        var http = app.Http();

        var mention = await http.SendAsync(SlackRequestSigner.Signed("/api/slack/events", SlackPayloads.Mention("start R&amp;D budget &lt; 5k"), SlackHostApp.Secret, DateTimeOffset.UtcNow));
        var slash = await http.SendAsync(SlackRequestSigner.SignedForm("/api/slack/commands",
            await SlackPayloads.SlashAsync("T00FAKE00BB", "C00ESCAPE", "U00FAKEUSER9", "start Homes &amp; Heat &gt; 2030"), SlackHostApp.Secret, DateTimeOffset.UtcNow));
        var replies = await Eventually.WaitForAsync(
            () => _slack.CallsTo("chat.postMessage").Where(c => c.Succeeded).ToList(), c => c.Count >= 2);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (mention.StatusCode, slash.StatusCode));
        var texts = replies.Select(r => r.Arguments["text"]!.GetValue<string>()).ToList();
        Assert.Contains(texts, t => t.StartsWith("<@U00FAKEUSER1> started *R&amp;D budget &lt; 5k*", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("<@U00FAKEUSER9> started *Homes &amp; Heat &gt; 2030*", StringComparison.Ordinal));
        Assert.All(replies, r => Assert.DoesNotContain("&amp;amp;", r.Arguments.ToJsonString(), StringComparison.Ordinal));
        Assert.Equal("R&D budget < 5k", await StoredNameAsync(app, "T00FAKE00AA", "C00FAKECHAN1"));
        Assert.Equal("Homes & Heat > 2030", await StoredNameAsync(app, "T00FAKE00BB", "C00ESCAPE"));
    }

    private static async Task<string?> StoredNameAsync(SlackHostApp app, string team, string channel)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ICollaborationStore>();
        var workspace = await store.GetOrAddWorkspaceAsync(Platform.Slack, team, default);
        return (await store.FindByChannelAsync(workspace.Id, channel, default))?.Name;
    }
}

public sealed class SqliteSlackEscapingJourney() : SlackEscapingJourney(DatabaseProvider.Sqlite);

public sealed class PostgresSlackEscapingJourney() : SlackEscapingJourney(DatabaseProvider.Postgres);
