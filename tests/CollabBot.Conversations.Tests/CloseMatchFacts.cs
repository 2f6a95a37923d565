using CollabBot.Conversations.Commands;

namespace CollabBot.Conversations.Tests;

/// <summary>"Did you mean" is for typos only: a word two edits from a short command is not one.</summary>
public sealed class CloseMatchFacts
{
    [Theory]
    [InlineData("stauts", "status")]
    [InlineData("chekin", "checkin")]
    [InlineData("checkn", "checkin")]
    [InlineData("phas", "phase")]
    [InlineData("glosary", "glossary")]
    [InlineData("hepl", "help")]
    public void A_typo_is_close(string typed, string command) => Assert.True(CommandText.IsCloseTo(typed, command));

    [Theory]
    [InlineData("foo", "who")]
    [InlineData("bar", "map")]
    [InlineData("xyz", "win")]
    [InlineData("st", "start")]
    public void Another_word_is_not(string typed, string command) => Assert.False(CommandText.IsCloseTo(typed, command));
}
