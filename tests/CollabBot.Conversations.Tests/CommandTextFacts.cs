using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Tests;

public sealed class CommandTextFacts
{
    [Theory]
    [InlineData("status", "status", "")]
    [InlineData("/collab status", "status", "")]
    [InlineData("  /collab   join as citizen ", "join", "as citizen")]
    [InlineData("@CollabBot: phase next", "phase", "next")]
    [InlineData("START Warm Homes", "start", "Warm Homes")]
    [InlineData("/collaborate now", "/collaborate", "now")]
    [InlineData("", "", "")]
    public void Commands_are_read_with_or_without_a_leading_collab(string text, string verb, string arguments) =>
        Assert.Equal((verb, arguments), CommandText.Split(text));

    [Fact]
    public void A_card_action_fills_its_command_template_from_the_inputs()
    {
        var (text, missing) = CardActionText.Build(new Dictionary<string, string> { ["command"] = "join as {sector}", ["sector"] = " citizen " });

        Assert.Equal("join as citizen", text);
        Assert.Null(missing);
    }

    [Fact]
    public void A_card_action_with_an_empty_input_names_the_input()
    {
        var (text, missing) = CardActionText.Build(new Dictionary<string, string> { ["command"] = "join as {sector}", ["sector"] = "" });

        Assert.Null(text);
        Assert.Equal("sector", missing);
    }

    [Fact]
    public void A_card_action_without_a_command_does_nothing() =>
        Assert.Equal((null, null), CardActionText.Build(new Dictionary<string, string> { ["sector"] = "citizen" }));
}
