using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Conversations;
using CollabBot.Conversations.Messages;
using CollabBot.Testing;

namespace CollabBot.Host.Tests;

/// <summary>
/// Every convening card, produced by real command runs in the Playground, renders on all three channels: as Block
/// Kit within Slack's limits, as Adaptive Cards that Microsoft's adaptivecards library accepts, and as the neutral
/// card the Playground page draws.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CardsOnEveryChannelFacts : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CollabBotApp _app = null!;
    private PlaygroundClient _playground = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "cards");
        _app = new CollabBotApp(_database, settings: new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://collabbot.example.org" });
        _playground = new PlaygroundClient(_app.Http());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_convening_card_renders_on_Slack_Teams_and_the_Playground()
    {
        var messages = await RunConveningCommandsAsync();
        var kinds = new Dictionary<string, Func<JsonNode, bool>>
        {
            ["proposal with tally"] = m => Title(m) == "Proposal 1" && m["card"]!["actions"]!.AsArray().Count == 5 && m["card"]!.ToJsonString().Contains("Ben", StringComparison.Ordinal),
            ["proposal from an idea, with turnout"] = m => Title(m) == "Proposal 2" && m["card"]!.ToJsonString().Contains("from idea 1", StringComparison.Ordinal)
                && m["card"]!.ToJsonString().Contains("No position yet", StringComparison.Ordinal),
            ["ideas list"] = m => Title(m) == "Ideas: most supported",
            ["ideas by sector"] = m => Title(m) == "Ideas by sector",
            ["actions list"] = m => Title(m) == "Open actions",
            ["help on a topic"] = m => Title(m) == "CollabBot help: deciding together" && m["card"]!.ToJsonString().Contains("idea promote", StringComparison.Ordinal),
            ["agenda"] = m => Title(m) == "Next meeting: Warm Homes",
            ["status with actions"] = m => Title(m) == "Warm Homes" && m["card"]!.ToJsonString().Contains("1 open, none overdue", StringComparison.Ordinal),
            ["decision outcome"] = m => m.Text().Contains("provisionally agreed", StringComparison.Ordinal),
            ["glossary list"] = m => Title(m) == "Glossary",
            ["definition"] = m => Title(m)?.StartsWith("Definition 1", StringComparison.Ordinal) == true,
            ["puzzle card"] = m => Title(m) == "Joint puzzle 1",
            ["puzzle summary"] = m => Title(m) == "Joint puzzle 1: what we found",
            ["process map matrix"] = m => Title(m) == "Process map" && m["card"]!["table"] is JsonObject,
            ["roles"] = m => Title(m) == "Roles",
            ["risks list"] = m => Title(m) == "Open risks",
            ["obstacles list"] = m => Title(m) == "Open obstacles",
            ["open reservations"] = m => Title(m) == "Open reservations",
            ["export message"] = m => m["file"] is JsonObject,
        };
        foreach (var (kind, matches) in kinds)
        {
            Assert.True(messages.Any(matches), $"no {kind} among the {messages.Count} messages the commands produced");
        }

        var neutral = messages.Select(Neutral).ToList();
        foreach (var message in neutral)
        {
            SlackBlockKitCheck.WithinLimits(BlockKitRenderer.Render(message), message.Text);
        }

        // The process map: fields on Slack (one section per member), a Table on Teams.
        var map = Assert.Single(neutral, m => m.Card?.Title == "Process map");
        Assert.Equal(3, BlockKitRenderer.Render(map)[0].Blocks.Count(b => b!["fields"] is JsonArray { Count: 5 }));
        Assert.Contains("\"type\":\"Table\"", AdaptiveCardRenderer.Render(map, 28 * 1024)[0].ToJsonString(), StringComparison.Ordinal);

        var teams = neutral.SelectMany(m => AdaptiveCardRenderer.Render(m, 28 * 1024)).Select(c => c.ToJsonString()).Distinct().ToList();
        Assert.Contains(teams, c => c.Contains("\"type\":\"Table\"", StringComparison.Ordinal));
        Assert.Contains(teams, c => c.Contains("\"type\":\"Action.OpenUrl\"", StringComparison.Ordinal) && c.Contains("https://collabbot.example.org/files/", StringComparison.Ordinal));
        await ValidateAdaptiveCardsAsync(teams);

        // The Playground page draws the neutral card itself: tables, file links and link buttons included.
        var page = await _playground.Http.GetStringAsync("/playground");
        Assert.Contains("card.table", page, StringComparison.Ordinal);
        Assert.Contains("m.file", page, StringComparison.Ordinal);
        Assert.Contains("a.url", page, StringComparison.Ordinal);
    }

    /// <summary>A team that takes a contested decision, agrees on a word, reframes a disagreement, maps and exports.</summary>
    private async Task<List<JsonNode>> RunConveningCommandsAsync()
    {
        await _playground.SayAsync("ana", "start Warm Homes");
        await _playground.SayAsync("ben", "join as citizen");
        await _playground.SayAsync("chloe", "join as business");
        var proposal = Assert.Single(await _playground.SayAsync("ana", "propose We pilot heat pumps in Block C closes 2d"));
        await _playground.ClickAsync("ana", proposal.Id(), "agree");
        await _playground.ClickAsync("ben", proposal.Id(), "reservations", new { reason = "only if tenants vote first" });
        await _playground.ClickAsync("chloe", proposal.Id(), "agree");
        await _playground.SayAsync("ana", "close 1");
        await _playground.SayAsync("ben", "reservations");
        await _playground.SayAsync("ben", "define tenant: a person who rents a home");
        await _playground.SayAsync("chloe", "agree tenant");
        await _playground.SayAsync("ana", "glossary");
        await _playground.SayAsync("ben", "puzzle Heat pumps or insulation first?");
        await _playground.SayAsync("ben", "puzzle answer 1 agree tenants need warm homes this winter");
        await _playground.SayAsync("chloe", "puzzle answer 1 differ who pays for the pumps");
        await _playground.SayAsync("ana", "puzzle close 1");
        await _playground.SayAsync("ana", "map @ben Test lead");
        await _playground.SayAsync("ana", "map @chloe Ideate consult");
        await _playground.SayAsync("ana", "map");
        await _playground.SayAsync("ana", "role @ben facilitator");
        await _playground.SayAsync("ana", "roles");
        await _playground.SayAsync("chloe", "risk rents rise owner @ben");
        await _playground.SayAsync("ben", "obstacle no meeting room");
        await _playground.SayAsync("ana", "risks");
        await _playground.SayAsync("ana", "obstacles");
        await _playground.SayAsync("ben", "export");
        await _playground.SayAsync("ana", "decide quorum 60%");
        await _playground.SayAsync("ben", "idea A repair café for tenants, every month, with volunteers from the shops");
        await _playground.SayAsync("chloe", "+1 1");
        await _playground.SayAsync("chloe", "idea tag 1 repair tenants");
        await _playground.SayAsync("ana", "ideas top");
        await _playground.SayAsync("ana", "ideas sectors");
        await _playground.SayAsync("ana", "idea promote 1 substantive");
        await _playground.SayAsync("chloe", "vote 2 abstain");
        await _playground.SayAsync("ben", "action book the hall owner @chloe due 5d");
        await _playground.SayAsync("chloe", "actions");
        await _playground.SayAsync("chloe", "status");
        await _playground.SayAsync("chloe", "help decide");
        await _playground.SayAsync("chloe", "agenda");
        await _playground.SayAsync("ana", "export team");
        var (all, _) = await _playground.OutboxAsync();
        return [.. all.OfType<JsonNode>()];
    }

    private static string? Title(JsonNode message) => message["card"]?["title"]?.GetValue<string>();

    private static OutboundMessage Neutral(JsonNode message) => new(
        message.Text(),
        message["card"]?.Deserialize<Card>(CollabJson.Options),
        message["file"]?.Deserialize<FileAttachment>(CollabJson.Options));

    private static async Task ValidateAdaptiveCardsAsync(IReadOnlyList<string> cards)
    {
        var work = Directory.CreateTempSubdirectory("collabbot-cards-");
        try
        {
            for (var i = 0; i < cards.Count; i++)
            {
                await File.WriteAllTextAsync(Path.Combine(work.FullName, $"card-{i:D3}.json"), cards[i]);
            }

            var (exitCode, output) = await NodeValidator.RunCardsAsync(work.FullName);

            Assert.True(exitCode == 0, output);
            Assert.Contains($"cards: {cards.Count} validated", output, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
