using System.Text.Json;
using System.Text.Json.Nodes;
using CollabBot.Channels.Slack.Rendering;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Slack.Tests;

public sealed class BlockKitRendererTests
{
    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v ? [v.GetValue<string>()] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Texts(x)),
        _ => [],
    };

    private static Card ManyFacts(int count) => new()
    {
        Title = "Status",
        Facts = [.. Enumerable.Range(1, count).Select(i => new CardFact($"Item {i}", $"value {i}"))],
        Inputs = [new CardInput { Id = "sector", Label = "Sector", Kind = InputKind.Choice, Choices = [new CardChoice("citizen", "Citizens")] }],
        Actions = [new CardAction { Id = "join", Title = "Join", Data = new Dictionary<string, string> { ["command"] = "join as {sector}" } }],
    };

    [Fact]
    public void User_text_cannot_ping_the_channel_or_fake_a_link()
    {
        var message = BlockKitRenderer.Render(new OutboundMessage("Goal: <!channel> see <https://evil.example|bank> & <#C123>"))[0];

        var all = string.Join("\n", Texts(message.Blocks).Append(message.Text));
        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<#C123>", all, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; see &lt;https://evil.example|bank&gt; &amp; &lt;#C123&gt;", all, StringComparison.Ordinal);
    }

    [Fact]
    public void User_mentions_stay_mentions()
    {
        var message = BlockKitRenderer.Render(new OutboundMessage("Welcome, <@U00FAKEUSER7>!"))[0];

        Assert.Equal("Welcome, <@U00FAKEUSER7>!", message.Text);
    }

    [Fact]
    public void Sixty_items_are_split_into_messages_of_at_most_fifty_blocks_with_the_buttons_in_the_last()
    {
        var parts = BlockKitRenderer.Render(new OutboundMessage("Status", ManyFacts(60)));

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Blocks.Count, 1, 50));
        Assert.Contains(BlockKitRenderer.ContinuedMarker, Texts(parts[0].Blocks.Last()!));
        Assert.DoesNotContain(parts[0].Blocks, b => b!["type"]!.GetValue<string>() is "actions" or "input");
        Assert.Equal(["input", "actions"], parts[1].Blocks.TakeLast(2).Select(b => b!["type"]!.GetValue<string>()));
        var facts = parts.SelectMany(p => Texts(p.Blocks)).Where(t => t.StartsWith("*Item ", StringComparison.Ordinal)).ToList();
        Assert.Equal(60, facts.Count);
        Assert.Equal("*Item 60*\nvalue 60", facts[^1]);
    }

    [Fact]
    public void Fifty_blocks_fit_in_one_message()
    {
        // Header + 47 facts + input + actions = 50 blocks.
        var parts = BlockKitRenderer.Render(new OutboundMessage("Status", ManyFacts(47)));

        Assert.Equal(50, Assert.Single(parts).Blocks.Count);
    }

    [Fact]
    public void Long_text_becomes_sections_of_at_most_3000_characters_and_loses_nothing()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"line {i:D3} " + new string('x', 20)).ToList();

        var blocks = BlockKitRenderer.Render(new OutboundMessage(string.Join('\n', lines)))[0].Blocks;

        var sections = blocks.Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.True(sections.Count > 3);
        Assert.All(sections, s => Assert.InRange(s.Length, 1, 3000));
        Assert.Equal(lines, sections.SelectMany(s => s.Split('\n')));
    }

    [Fact]
    public void Over_long_fields_are_shortened_with_a_visible_marker()
    {
        var card = new Card { Title = new string('T', 200), Facts = [new CardFact("F", new string('v', 5000))] };

        var blocks = BlockKitRenderer.Render(new OutboundMessage("x", card))[0].Blocks;

        var header = blocks.Single(b => b!["type"]!.GetValue<string>() == "header")!["text"]!["text"]!.GetValue<string>();
        Assert.Equal(150, header.Length);
        Assert.EndsWith("…", header, StringComparison.Ordinal);
        var fact = blocks.Last()!["text"]!["text"]!.GetValue<string>();
        Assert.Equal(3000, fact.Length);
        Assert.EndsWith("…", fact, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortening_never_cuts_an_escaped_character_in_half()
    {
        var shortened = Mrkdwn.Shorten(Mrkdwn.Escape(new string('a', 2997) + "<<<<"), 3000);

        Assert.Equal(new string('a', 2997) + "…", shortened);
    }

    [Fact]
    public void Button_carries_its_data_as_json_and_a_too_large_one_is_left_out_visibly()
    {
        var card = new Card
        {
            Actions =
            [
                new CardAction { Id = "ok", Title = "OK", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { ["command"] = "phase next" } },
                new CardAction { Id = "big", Title = "Big", Data = new Dictionary<string, string> { ["command"] = new string('x', 2100) } },
            ],
        };

        var blocks = BlockKitRenderer.Render(new OutboundMessage("Pick", card))[0].Blocks;

        var button = Assert.Single(blocks.Single(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray())!;
        Assert.Equal(("ok", "primary"), (button["action_id"]!.GetValue<string>(), button["style"]!.GetValue<string>()));
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(button["value"]!.GetValue<string>())!;
        Assert.Equal("phase next", data["command"]);
        Assert.Contains("1 button(s) left out", Texts(blocks.Last()!).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_become_input_blocks_whose_ids_are_the_input_ids()
    {
        var card = new Card
        {
            Inputs =
            [
                new CardInput { Id = "goal", Label = "Goal", Kind = InputKind.MultilineText, Required = true, MaxLength = 300 },
                new CardInput { Id = "sector", Label = "Sector", Kind = InputKind.Choice, Choices = [new CardChoice("citizen", "Citizens")] },
            ],
        };

        var inputs = BlockKitRenderer.Render(new OutboundMessage("Form", card))[0].Blocks.Where(b => b!["type"]!.GetValue<string>() == "input").ToList();

        Assert.Equal(["goal", "sector"], inputs.Select(b => b!["block_id"]!.GetValue<string>()));
        Assert.Equal("plain_text_input", inputs[0]!["element"]!["type"]!.GetValue<string>());
        Assert.True(inputs[0]!["element"]!["multiline"]!.GetValue<bool>());
        Assert.False(inputs[0]!["optional"]!.GetValue<bool>());
        Assert.Equal("citizen", inputs[1]!["element"]!["options"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Input_limits_are_kept_a_choice_without_options_becomes_text_and_text_length_is_capped()
    {
        var card = new Card
        {
            Inputs =
            [
                new CardInput { Id = "pick", Label = "Pick", Kind = InputKind.Choice },
                new CardInput { Id = "essay", Label = "Essay", Kind = InputKind.MultilineText, MaxLength = 10_000 },
            ],
        };

        var inputs = BlockKitRenderer.Render(new OutboundMessage("Form", card))[0].Blocks.Where(b => b!["type"]!.GetValue<string>() == "input").ToList();

        Assert.Equal("plain_text_input", inputs[0]!["element"]!["type"]!.GetValue<string>());
        Assert.Equal(3000, inputs[1]!["element"]!["max_length"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("https://bot.example/images/chart.png?sig=abc", true)]
    [InlineData("/images/chart.png?sig=abc", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Card_image_becomes_an_image_block_only_for_a_link_slack_can_fetch(string url, bool shown)
    {
        var blocks = BlockKitRenderer.Render(new OutboundMessage("Digest", new Card { Title = "Digest", ImageUrl = url, ImageAlt = "Participation chart" }))[0].Blocks;

        var image = blocks.SingleOrDefault(b => b!["type"]!.GetValue<string>() == "image");
        Assert.Equal(shown, image is not null);
        if (shown)
        {
            Assert.Equal((url, "Participation chart"), (image!["image_url"]!.GetValue<string>(), image["alt_text"]!.GetValue<string>()));
        }
    }

    [Fact]
    public void A_table_becomes_one_section_of_fields_per_row_headed_by_its_columns()
    {
        var card = new Card { Title = "Process map", Table = new CardTable(["Member", "Understand", "Ideate"], [["Ana <!here>", "lead", "—"], ["Ben", "—", "consult"]]) };

        var blocks = Assert.Single(BlockKitRenderer.Render(new OutboundMessage("Process map of Warm Homes.", card))).Blocks;

        var rows = blocks.Where(b => b!["fields"] is not null).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("*Ana &lt;!here&gt;*", rows[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(["*Understand*\nlead", "*Ideate*\n—"], rows[0]!["fields"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void A_link_button_opens_its_url_and_a_file_offers_its_download_link()
    {
        var file = new FileAttachment(Guid.NewGuid(), "collabbot-my-data.json", "application/json", 1234, "https://collabbot.example.org/files/abc");
        var card = new Card { Actions = [new CardAction { Id = "guide", Title = "Guide", Url = "https://collabbot.example.org/guide" }, new CardAction { Id = "local", Title = "Local", Url = "/files/x" }] };

        var blocks = Assert.Single(BlockKitRenderer.Render(new OutboundMessage("Your data", card, file))).Blocks;

        var buttons = blocks.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();
        Assert.Equal(["https://collabbot.example.org/guide", "https://collabbot.example.org/files/abc"], buttons.Select(b => (string?)b!["url"]));
        Assert.All(buttons, b => Assert.StartsWith(Blocks.LinkActionPrefix, (string?)b!["action_id"], StringComparison.Ordinal));
        Assert.Contains(Texts(blocks), t => t.Contains("1 button(s) left out", StringComparison.Ordinal));
    }
}
