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
public sealed class CardsOnEveryChannelFacts() : PlaygroundScenario(DatabaseProvider.Sqlite, "cards")
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://collabbot.example.org" };

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
            ["status with progress toward the big win"] = m => Title(m) == "Warm Homes" && m["card"]!.ToJsonString().Contains("1. 50 homes insulated (1 win)", StringComparison.Ordinal),
            ["me with what is offered for the want"] = m => Title(m) == "Chloe in Warm Homes" && m["card"]!.ToJsonString().Contains("Offered for it", StringComparison.Ordinal),
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
            ["phase with an item not tracked"] = m => Title(m) == "Phase: Test" && m["card"]!.ToJsonString().Contains("not tracked", StringComparison.Ordinal),
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
        var page = await Playground.Http.GetStringAsync("/playground");
        Assert.Contains("card.table", page, StringComparison.Ordinal);
        Assert.Contains("m.file", page, StringComparison.Ordinal);
        Assert.Contains("a.url", page, StringComparison.Ordinal);
    }

    /// <summary>A team that takes a contested decision, agrees on a word, reframes a disagreement, maps and exports.</summary>
    private async Task<List<JsonNode>> RunConveningCommandsAsync()
    {
        await Playground.SayAsync("ana", "start Warm Homes");
        await Playground.SayAsync("ben", "join as citizen");
        await Playground.SayAsync("chloe", "join as business");
        var proposal = Assert.Single(await Playground.SayAsync("ana", "propose We pilot heat pumps in Block C closes 2d"));
        await Playground.ClickAsync("ana", proposal.Id(), "agree");
        await Playground.ClickAsync("ben", proposal.Id(), "reservations", new { reason = "only if tenants vote first" });
        await Playground.ClickAsync("chloe", proposal.Id(), "agree");
        await Playground.SayAsync("ana", "close 1");
        await Playground.SayAsync("ben", "reservations");
        await Playground.SayAsync("ben", "define tenant: a person who rents a home");
        await Playground.SayAsync("chloe", "agree tenant");
        await Playground.SayAsync("ana", "glossary");
        await Playground.SayAsync("ben", "puzzle Heat pumps or insulation first?");
        await Playground.SayAsync("ben", "puzzle answer 1 agree tenants need warm homes this winter");
        await Playground.SayAsync("chloe", "puzzle answer 1 differ who pays for the pumps");
        await Playground.SayAsync("ana", "puzzle close 1");
        await Playground.SayAsync("ana", "map @ben Test lead");
        await Playground.SayAsync("ana", "map @chloe Ideate consult");
        await Playground.SayAsync("ana", "map");
        await Playground.SayAsync("ana", "role @ben facilitator");
        await Playground.SayAsync("ana", "roles");
        await Playground.SayAsync("chloe", "risk rents rise owner @ben");
        await Playground.SayAsync("ben", "obstacle no meeting room");
        await Playground.SayAsync("ana", "risks");
        await Playground.SayAsync("ana", "obstacles");
        await Playground.SayAsync("ben", "export");
        await Playground.SayAsync("ana", "decide quorum 60%");
        await Playground.SayAsync("ben", "idea A repair café for tenants, every month, with volunteers from the shops");
        await Playground.SayAsync("chloe", "+1 1");
        await Playground.SayAsync("chloe", "idea tag 1 repair tenants");
        await Playground.SayAsync("ana", "ideas top");
        await Playground.SayAsync("ana", "ideas sectors");
        await Playground.SayAsync("ana", "idea promote 1 substantive");
        await Playground.SayAsync("chloe", "vote 2 abstain");
        await Playground.SayAsync("ben", "action book the hall owner @chloe due 5d");
        await Playground.SayAsync("chloe", "actions");
        await Playground.SayAsync("ana", "goal Every home warm by 2030");
        await Playground.SayAsync("ana", "milestone 50 homes insulated");
        await Playground.SayAsync("chloe", "win the hall is booked for milestone 1");
        await Playground.SayAsync("chloe", "commit a pilot site; two engineers");
        await Playground.SayAsync("ana", "offer the city's energy data for @chloe");
        await Playground.SayAsync("chloe", "me");
        await Playground.SayAsync("chloe", "status");
        await Playground.SayAsync("chloe", "help decide");
        await Playground.SayAsync("chloe", "agenda");
        await Playground.SayAsync("ana", "export team");
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ana", "phase next confirm");
        await Playground.SayAsync("ben", "phase");
        var (all, _) = await Playground.OutboxAsync();
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
