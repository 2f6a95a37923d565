using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;
using CollabBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CollabBot.Delivery.Tests.Fakes;

/// <summary>
/// The real CollabBot host (Program.cs: outbox, dispatcher, Slack and Teams senders) on PostgreSQL, its Slack
/// Web API and Bot Connector pointed at the test kit's fakes (with Slack's and Teams' limits). Messages are written to the outbox the way the
/// application writes them (one unit of work, one commit), and the dispatcher takes it from there.
/// </summary>
public sealed class DeliveryHost : WebApplicationFactory<Program>
{
    public const string SlackTeam = "T0BENCH";
    public const string TeamsTenant = "7e1a2b3c-0000-4000-8000-00000000c0de";

    private readonly Dictionary<string, string?> _settings;

    public const string SlackBotToken = "fake-delivery-bot-token";

    public DeliveryHost(string postgres, FakeSlackApi slack, FakeBotFramework teams, IDictionary<string, string?>? extra = null)
    {
        Postgres = postgres;
        slack.AcceptToken(SlackBotToken);

        // The host reads nothing from its content root here; this spares a search for the project folder (the benchmark runs from anywhere).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COLLABBOT_HOST", AppContext.BaseDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = postgres,
            ["Playground:Enabled"] = "false",
            ["Scheduling:RunServer"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Slack:SigningSecret"] = "delivery-test-signing-secret",
            ["Slack:BotToken"] = SlackBotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["MicrosoftAppId"] = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
            // Generated per run; never a real secret.
            ["MicrosoftAppPassword"] = Guid.NewGuid().ToString("N"),
            ["ToChannelFromBotLoginUrl"] = teams.LoginUrl,
            ["ToBotFromChannelOpenIdMetadataUrl"] = teams.BaseUrl + "/no-inbound-in-these-runs",
            ["Teams:DefaultServiceUrl"] = teams.ServiceUrl,
            ["Teams:AllowedServiceUrls:0"] = teams.ServiceUrl,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CollabBot.Conversations.Delivery"] = "Error",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Postgres { get; }

    public static OutboxEntry ToSlackChannel(string channel, string text) => new()
    {
        To = new ConversationAddress(Platform.Slack, SlackTeam, channel),
        Visibility = Visibility.Channel,
        Message = new OutboundMessage(text),
        IdempotencyKey = $"bench:{Guid.NewGuid():N}",
    };

    public static OutboxEntry ToSlackMember(string user, string text) => new()
    {
        To = new ConversationAddress(Platform.Slack, SlackTeam, "C0CHECKINS"),
        Visibility = Visibility.Direct,
        RecipientUserId = user,
        Message = new OutboundMessage(text),
        IdempotencyKey = $"bench:{Guid.NewGuid():N}",
        Unsolicited = true,
    };

    public static OutboxEntry ToTeamsMember(string user, string text) => new()
    {
        To = new ConversationAddress(Platform.Teams, TeamsTenant, "19:checkins@thread.tacv2"),
        Visibility = Visibility.Direct,
        RecipientUserId = user,
        Message = new OutboundMessage(text),
        IdempotencyKey = $"bench:{Guid.NewGuid():N}",
        Unsolicited = true,
    };

    /// <summary>Writes the messages in one commit, as a job's fan-out does; the dispatcher is woken by the commit. Returns when the commit began.</summary>
    public async Task<DateTimeOffset> EnqueueAsync(IEnumerable<OutboxEntry> entries)
    {
        await using var scope = Services.CreateAsyncScope();
        var unit = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        foreach (var entry in entries)
        {
            await unit.EnqueueAsync(entry, default);
        }

        var committing = DateTimeOffset.UtcNow;
        await unit.CommitAsync(default);
        return committing;
    }

    /// <summary>Outbox rows by status, and how many pending rows are still leased (claimed but not finished).</summary>
    public async Task<(int Pending, int Sent, int Parked, int Leased)> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE "Status" = 0), count(*) FILTER (WHERE "Status" = 1), count(*) FILTER (WHERE "Status" = 2),
                   count(*) FILTER (WHERE "Status" = 0 AND "LeaseUntil" IS NOT NULL)
            FROM outbox
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
    }

    /// <summary>Parked rows with their reasons.</summary>
    public async Task<IReadOnlyList<(string? Recipient, string Conversation, string? Reason, int Attempts)>> ParkedAsync()
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "RecipientUserId", "ConversationId", "LastError", "Attempts" FROM outbox WHERE "Status" = 2""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string?, string, string?, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
        }

        return rows;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
