using CollabBot.Domain.Text;

namespace CollabBot.Domain.Tests;

/// <summary>Issue 27, item 2: `plain on` turns the bot's research terms into everyday words, and leaves commands alone.</summary>
public sealed class PlainWordsFacts
{
    [Theory]
    [InlineData("Your value chain in Warm Homes: weakening.", "What you get from taking part in Warm Homes: lower lately.")]
    [InlineData("Network stage: Coupling", "How far the team reaches: Getting started")]
    [InlineData("The team moved from integration to linking.", "The team moved from working together to reaching out.")]
    [InlineData("Your reservation still stands.", "Your concern still stands.")]
    [InlineData("Type `reservations` to see the open reservations.", "Type `reservations` to see the open concerns.")]
    [InlineData("Nothing to change here.", "Nothing to change here.")]
    public void Research_terms_become_plain_words_and_commands_stay_as_typed(string text, string plain)
    {
        Assert.Equal(plain, PlainWords.Apply(text));
    }

    [Fact]
    public void A_word_that_only_contains_a_term_is_left_alone()
    {
        Assert.Equal("Decoupling the heating costs", PlainWords.Apply("Decoupling the heating costs"));
    }
}
