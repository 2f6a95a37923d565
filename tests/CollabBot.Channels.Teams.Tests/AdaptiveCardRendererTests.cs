using System.Text.Json.Nodes;
using CollabBot.Channels.Teams.Cards;
using CollabBot.Conversations.Messages;

namespace CollabBot.Channels.Teams.Tests;

public sealed class AdaptiveCardRendererTests
{
    private static readonly Card SectorCard = new()
    {
        Title = "Your sector",
        Body = "Which one do you bring?",
        Facts = [new CardFact("Phase", "Understand")],
        Inputs = [new CardInput { Id = "sector", Label = "Sector", Kind = InputKind.Choice, Required = true, Choices = [new CardChoice("citizen", "Citizens")] }],
        Actions = [new CardAction { Id = "join", Title = "Join", Style = ActionStyle.Primary, Data = new Dictionary<string, string> { ["command"] = "join as {sector}" } }],
        Note = "You can change it later.",
    };

    [Fact]
    public void A_card_is_version_1_5_with_Action_Execute_falling_back_to_Action_Submit_with_the_same_data()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(new OutboundMessage("Pick one", SectorCard), 28 * 1024));

        Assert.Equal("1.5", (string?)card["version"]);
        var action = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("join", (string?)action["verb"]);
        Assert.Equal("positive", (string?)action["style"]);
        Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
        Assert.Equal("join as {sector}", (string?)action["fallback"]!["data"]!["command"]);
        Assert.Equal("join", (string?)action["data"]!["actionId"]);
        var choice = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!;
        Assert.True((bool?)choice["isRequired"]);
        Assert.Equal("citizen", (string?)choice["choices"]![0]!["value"]);
    }

    [Theory]
    [InlineData("https://collabbot.example.org/images/abc", true)]
    [InlineData("/images/abc", false)]
    [InlineData("javascript:alert(1)", false)]
    public void A_card_image_is_shown_only_from_an_absolute_web_address(string url, bool shown)
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(new OutboundMessage("Digest", new Card { Title = "Weekly", ImageUrl = url, ImageAlt = "3, 5, 8" }), 28 * 1024));

        var image = card["body"]!.AsArray().SingleOrDefault(e => (string?)e!["type"] == "Image");
        Assert.Equal(shown, image is not null);
        if (shown)
        {
            Assert.Equal(url, (string?)image!["url"]);
            Assert.Equal("3, 5, 8", (string?)image["altText"]);
        }
    }

    [Theory]
    [InlineData("[click](https://evil.example)", "\\[click\\]\\(https://evil.example\\)")]
    [InlineData("<at>Everyone</at>", "\\<at\\>Everyone\\</at\\>")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("a_b_c", "a\\_b\\_c")]
    public void User_text_cannot_form_links_mentions_headings_or_lists(string typed, string rendered)
    {
        Assert.Equal(rendered, CardText.Format(typed));
    }

    [Fact]
    public void The_bots_own_emphasis_becomes_bold_with_its_content_escaped()
    {
        Assert.Equal("Type **help** or **join as \\<sector\\>** in **Warm\\_Homes**", CardText.Format("Type `help` or `join as <sector>` in *Warm_Homes*"));
    }

    [Fact]
    public void A_message_over_the_cap_is_split_into_cards_under_it_with_inputs_and_buttons_on_the_last()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", 40));
        var text = string.Join('\n', Enumerable.Repeat(paragraph, 30));
        const int cap = 8 * 1024;

        var cards = AdaptiveCardRenderer.Render(new OutboundMessage(text, SectorCard), cap);

        Assert.True(cards.Count > 5, $"{cards.Count} cards");
        Assert.All(cards, c => Assert.True(AdaptiveCardRenderer.Size(c) <= cap, $"{AdaptiveCardRenderer.Size(c)} bytes"));
        Assert.All(cards.Take(cards.Count - 1), c => Assert.Null(c["actions"]));
        Assert.NotNull(cards[^1]["actions"]);
        Assert.Contains(cards[^1]["body"]!.AsArray(), e => (string?)e!["type"] == "Input.ChoiceSet");
        var words = cards.SelectMany(c => c["body"]!.AsArray()).Where(e => (string?)e!["type"] == "TextBlock")
            .Sum(e => ((string)e!["text"]!).Split(' ', '\n').Count(w => w == "Lorem"));
        Assert.Equal(40 * 30, words);
    }
}
