using CollabBot.Conversations.Messages;

namespace CollabBot.Conversations.Tests;

public sealed class CardInputCheckFacts
{
    private static readonly CardInput[] Form =
    [
        new() { Id = "win", Label = "Your small win", Required = true, MaxLength = 10 },
        new() { Id = "rating", Label = "Rating", Kind = InputKind.Choice, Required = true, Choices = [new("1", "1"), new("5", "5")] },
        new() { Id = "obstacle", Label = "Anything in the way?", MaxLength = 10 },
    ];

    [Fact]
    public void A_good_form_has_no_errors() =>
        Assert.Empty(CardInputCheck.Errors(Form, new Dictionary<string, string> { ["win"] = "survey", ["rating"] = "5" }));

    [Fact]
    public void Blank_required_answers_too_long_texts_and_unknown_choices_are_named_by_input()
    {
        var errors = CardInputCheck.Errors(Form, new Dictionary<string, string> { ["win"] = "  \n ", ["rating"] = "7", ["obstacle"] = "far too long here" });

        Assert.Equal(["obstacle", "rating", "win"], errors.Keys.Order());
        Assert.Contains("Your small win", errors["win"], StringComparison.Ordinal);
        Assert.Equal("Please keep this under 10 characters (it has 17).", errors["obstacle"]);
    }

    [Fact]
    public void An_optional_input_left_out_is_fine_but_a_missing_required_one_is_not() =>
        Assert.Equal(["rating"], CardInputCheck.Errors(Form, new Dictionary<string, string> { ["win"] = "survey" }).Keys);
}
