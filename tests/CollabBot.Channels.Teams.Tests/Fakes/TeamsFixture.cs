using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>A running host whose Teams adapter trusts one local signing key, plus Microsoft's side faked on loopback.</summary>
public class TeamsFixture : IAsyncLifetime
{
    public SigningKey Key { get; } = new("key-1", "msteams");

    /// <summary>Published too, but endorsed for another channel only.</summary>
    public SigningKey SkypeOnlyKey { get; } = new("key-skype", "skype");

    /// <summary>Published without any endorsements.</summary>
    public SigningKey BareKey { get; } = new("key-bare");
    public FakeBotFramework Fakes { get; private set; } = null!;
    public TeamsHost Host { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string AppId { get; } = Guid.NewGuid().ToString();
    public string BotId => "28:" + AppId;

    /// <summary>The tenant the shared fixtures' activities come from.</summary>
    public const string FixtureTenant = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    public ConversationReferenceStore References => new(Host.Service<IChannelStateStore>(), new ConversationReferenceMemo());

    /// <summary>More host settings for a fixture of its own.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>SQLite here; <see cref="PostgresTeamsFixture"/> runs the same tests on PostgreSQL.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private TestDatabase? _database;

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, "teams");
        Fakes = await FakeBotFramework.StartAsync(Key, SkypeOnlyKey, BareKey);
        var settings = _database.HostSettings().ToDictionary();
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        Host = new TeamsHost(Fakes, AppId, extra: settings);
        Host.StartServer();
        Client = Host.CreateClient();
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Fakes.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Key.Dispose();
        SkypeOnlyKey.Dispose();
        BareKey.Dispose();
    }

    /// <summary>A fixture payload made ours: fresh activity and conversation ids, our bot, our fake service URL.</summary>
    public JsonObject Activity(string fixture, out string conversationId)
    {
        var activity = PayloadFixtures.Load(fixture);
        var original = (string)activity["conversation"]!["id"]!;
        var marker = original.IndexOf(";messageid=", StringComparison.Ordinal);
        var unique = Guid.NewGuid().ToString("N");
        conversationId = original.StartsWith("a:", StringComparison.Ordinal) ? $"a:{unique}" : $"19:{unique}@thread.tacv2";
        activity["conversation"]!["id"] = marker < 0 ? conversationId : conversationId + original[marker..];
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["serviceUrl"] = Fakes.ServiceUrl;
        var botName = (string?)activity["recipient"]?["name"];
        var oldBot = (string?)activity["recipient"]?["id"];
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = botName };
        foreach (var entity in activity["entities"]?.AsArray() ?? [])
        {
            if ((string?)entity?["mentioned"]?["id"] == oldBot && entity?["mentioned"] is JsonObject mentioned)
            {
                mentioned["id"] = BotId;
            }
        }

        foreach (var member in activity["membersAdded"]?.AsArray() ?? [])
        {
            if ((string?)member?["id"] == oldBot && member is JsonObject added)
            {
                added["id"] = BotId;
            }
        }

        return activity;
    }

    public string Token(DateTimeOffset? now = null) => ChannelTokens.Create(Key, AppId, Fakes.ServiceUrl, now ?? DateTimeOffset.UtcNow);

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization) =>
        PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.MessagesUri)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostSignedAsync(JsonNode activity) => PostAsync(activity, "Bearer " + Token());

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
